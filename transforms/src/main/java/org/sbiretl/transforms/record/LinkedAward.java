package org.sbiretl.transforms.record;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** An award with the linker's decision about it: one element of matched, review or unmatched. */
@DefaultSchema(JavaFieldSchema.class)
public class LinkedAward {
  public Award award = new Award();
  public LinkOutcome link = new LinkOutcome();

  public static LinkedAward of(Award award, LinkOutcome link) {
    LinkedAward l = new LinkedAward();
    l.award = award;
    l.link = link;
    return l;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LinkedAward other && award.equals(other.award) && link.equals(other.link);
  }

  @Override
  public int hashCode() {
    return Objects.hash(award, link);
  }

  @Override
  public String toString() {
    return award + " → " + link;
  }
}
