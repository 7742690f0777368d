package org.sbiretl.transforms.record;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.values.KV;

/**
 * Coders of the records where they cross between stages: compact field coders for awards and their
 * outcomes ({@link AwardCoders}), the schema coder sent as one block ({@link BlockCoder}) for the
 * rest. Also where Beam cannot infer a coder at all (a record nested in a {@link KV} gets no schema
 * coder from the coder registry).
 */
public final class RecordCoders {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.createDefault();

  private RecordCoders() {}

  @SuppressWarnings("unchecked")
  public static <T> Coder<T> of(Class<T> type) {
    if (type == Award.class) {
      return (Coder<T>) AwardCoders.AWARD;
    }
    if (type == LinkOutcome.class) {
      return (Coder<T>) AwardCoders.LINK_OUTCOME;
    }
    if (type == LinkedAward.class) {
      return (Coder<T>) AwardCoders.LINKED_AWARD;
    }
    try {
      return BlockCoder.of(REGISTRY.getSchemaCoder(type));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type + " is annotated with @DefaultSchema", e);
    }
  }

  /** Coder of {@code KV<String, T>}. */
  public static <T> Coder<KV<String, T>> keyedByString(Class<T> type) {
    return KvCoder.of(StringUtf8Coder.of(), of(type));
  }
}
