package org.sbiretl.pipeline.generate;

/** Names of the independent random streams; each entity kind draws from its own. */
final class Streams {
  static final long PLAN = 1;
  static final long ROLES = 2;
  static final long FIRM = 3;
  static final long PARENT = 4;
  static final long FIRM_RECIPIENT = 5;
  static final long LOOKALIKE = 6;
  static final long FILLER = 7;
  static final long HASH = 8;
  static final long AWARD = 9;
  static final long SPECIALTY = 10;
  static final long TEXT = 11;

  private Streams() {}
}
