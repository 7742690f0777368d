package org.sbiretl.pipeline.output;

import java.util.List;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;

/**
 * The output contract's tables and their columns. {@code matched}, {@code review} and {@code
 * unmatched} share one layout: every award column, then the link columns; {@code errors} holds the
 * dead-letter envelopes. See docs/output-contract.md.
 */
public final class OutputTables {
  public static final String MATCHED = "matched";
  public static final String REVIEW = "review";
  public static final String UNMATCHED = "unmatched";
  public static final String ERRORS = "errors";

  public static final List<String> ALL = List.of(MATCHED, REVIEW, UNMATCHED, ERRORS);

  /** Folder of the run's own diagnostics inside the output directory. */
  public static final String DIAGNOSTICS = "_diagnostics";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.createDefault();

  private OutputTables() {}

  public static Schema awardSchema() {
    return schemaOf(Award.class);
  }

  public static Schema errorSchema() {
    return schemaOf(ErrorRecord.class);
  }

  /** Award columns, then link columns (the link's award_id and outcome are not repeated). */
  public static Schema linkedSchema() {
    Schema.Builder b = Schema.builder();
    for (Schema.Field f : awardSchema().getFields()) {
      b.addField(f);
    }
    for (Schema.Field f : schemaOf(LinkOutcome.class).getFields()) {
      if (!f.getName().equals("award_id") && !f.getName().equals("outcome")) {
        b.addField(f);
      }
    }
    return b.build();
  }

  /** Flattens a linked award into one row of {@link #linkedSchema()}. */
  public static final class ToLinkedRow implements SerializableFunction<LinkedAward, Row> {
    private final Schema schema = linkedSchema();
    private transient SerializableFunction<Award, Row> awardToRow;
    private transient SerializableFunction<LinkOutcome, Row> linkToRow;

    @Override
    public Row apply(LinkedAward linked) {
      if (awardToRow == null) {
        awardToRow = toRow(Award.class);
        linkToRow = toRow(LinkOutcome.class);
      }
      Row award = awardToRow.apply(linked.award);
      Row link = linkToRow.apply(linked.link);
      Row.Builder b = Row.withSchema(schema);
      for (Schema.Field f : schema.getFields()) {
        String name = f.getName();
        b.addValue(award.getSchema().hasField(name) ? award.getValue(name) : link.getValue(name));
      }
      return b.build();
    }
  }

  /** One error envelope as a row of {@link #errorSchema()}. */
  public static final class ToErrorRow implements SerializableFunction<ErrorRecord, Row> {
    private transient SerializableFunction<ErrorRecord, Row> toRow;

    @Override
    public Row apply(ErrorRecord e) {
      if (toRow == null) {
        toRow = toRow(ErrorRecord.class);
      }
      return toRow.apply(e);
    }
  }

  private static <T> SerializableFunction<T, Row> toRow(Class<T> type) {
    try {
      return REGISTRY.getToRowFunction(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type + " is annotated with @DefaultSchema", e);
    }
  }

  private static Schema schemaOf(Class<?> type) {
    try {
      return REGISTRY.getSchema(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type + " is annotated with @DefaultSchema", e);
    }
  }
}
