package org.sbiretl.transforms.record;

import org.checkerframework.checker.nullness.qual.Nullable;

/** Awards for tests: the fields linking reads, as a reader would leave them. */
public final class TestAwards {
  private TestAwards() {}

  /** A valid phase I award from {@code awards.csv} with the given identity and address. */
  public static Award award(
      String id,
      String company,
      @Nullable String uei,
      @Nullable String duns,
      @Nullable String city,
      @Nullable String state,
      @Nullable String zip) {
    Award a = new Award();
    a.awardId = id;
    a.sourceFile = "awards.csv";
    a.company = company;
    a.uei = uei;
    a.duns = duns;
    a.city = city;
    a.state = state;
    a.zip = zip;
    a.phase = "I";
    return a;
  }
}
