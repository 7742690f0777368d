package org.sbiretl.pipeline.generate;

/** Legal-form families and the spellings each is written with. */
enum LegalSuffix {
  INC("Inc", "Inc.", "Incorporated"),
  LLC("LLC", "L.L.C.", "Llc"),
  CORP("Corp", "Corp.", "Corporation"),
  CO("Co", "Co.", "Company"),
  LTD("Ltd", "Ltd.", "Limited"),
  LP("LP", "L.P."),
  NONE();

  private static final double[] WEIGHTS = {50, 30, 11, 2, 1, 1, 5};
  private final String[] forms;

  LegalSuffix(String... forms) {
    this.forms = forms;
  }

  int formCount() {
    return forms.length;
  }

  /** The {@code i}-th spelling, or the empty string for {@link #NONE}. */
  String form(int i) {
    return forms.length == 0 ? "" : forms[Math.floorMod(i, forms.length)];
  }

  /** A family drawn with the frequencies seen among SBIR firms (mostly Inc and LLC). */
  static LegalSuffix draw(Rng rng) {
    return values()[rng.weighted(WEIGHTS)];
  }

  /** A family other than this one and other than {@link #NONE}. */
  LegalSuffix other(Rng rng) {
    LegalSuffix s;
    do {
      s = draw(rng);
    } while (s == this || s == NONE);
    return s;
  }
}
