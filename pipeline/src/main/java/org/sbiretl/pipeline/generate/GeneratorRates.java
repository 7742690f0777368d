package org.sbiretl.pipeline.generate;

/**
 * The rates at which the generator makes a firm's awards differ from its recipient record, or
 * plants a look-alike, set from the real labelled development set ({@code
 * ../shared/data/real-dev/xsource}: 634 true award–recipient pairs, 660 awards whose firm is known
 * to be absent) so that tuning on generated data does not pull away from real data.
 * docs/generator.md § Against real records has the measured rates next to what these give.
 */
final class GeneratorRates {
  private GeneratorRates() {}

  /**
   * An absent firm (no recipient record) with a recipient of exactly its name elsewhere: 0 of 660
   * real ones. Set at 0.5 %, about the upper end of what 0 in 660 allows, so that precision is
   * still tested by some.
   */
  static final double ABSENT_FIRM_NAMESAKE = 0.005;

  /** A linked firm with another recipient of the same name and another identifier: 4 of 634. */
  static final double LINKED_FIRM_NAMESAKE = 0.006;

  /** Firm renamed, awards under the old name (3 of 634 real pairs share no word). */
  static final double RENAMED = 0.003;

  /** Firm with a d/b/a name that its awards mostly use (part of the same 3 of 634). */
  static final double DOING_BUSINESS_AS = 0.003;

  /** A word dropped or added on the award side: 8 of 634 (1.3 %). */
  static final double WORD_ADDED_OR_DROPPED = 0.013;

  /** Two words in another order: 0 of 634; kept rare rather than absent. */
  static final double WORDS_SWAPPED = 0.003;

  /** A one-character typo in an award's company name: 5 of 634 within two edits (0.8 %). */
  static final double TYPO = 0.008;

  /** Share of a moved firm's awards at its old address. */
  static final double AWARDS_AT_OLD_ADDRESS = 0.7;

  /**
   * Firms that moved to another state: 3 of 634 real pairs (0.5 %) show another state, so 0.7 % of
   * firms with {@link #AWARDS_AT_OLD_ADDRESS} of their awards there.
   */
  static final double MOVED_STATE = 0.007;

  /** Moved to another city of the state: 16 of 634 pairs (2.5 %), so 3.6 % of firms. */
  static final double MOVED_CITY = 0.036;

  /** Moved within the city, another ZIP: 12 of 634 pairs (1.9 %), so 2.7 % of firms. */
  static final double MOVED_ZIP = 0.027;
}
