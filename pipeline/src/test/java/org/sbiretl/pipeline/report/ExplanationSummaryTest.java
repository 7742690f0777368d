package org.sbiretl.pipeline.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** The one-line explanation a reviewer reads beside a match. */
class ExplanationSummaryTest {
  @Test
  void aMatchThroughAnAlternateNameSaysWhichNameMatched() {
    String json =
        "{\"prior_bits\":-10.2,\"name\":{\"level\":\"exact\",\"weight\":13.87,"
            + "\"similarity\":1.0,\"matched_name\":\"sensor therapeutics\"},"
            + "\"location\":{\"level\":\"zip\",\"weight\":9.6},\"probability\":0.99}";
    assertThat(
        Explanations.summarise(json),
        is(
            "name exact +13.87 (alternate name \"sensor therapeutics\"), location zip +9.60,"
                + " p=0.9900"));
  }

  @Test
  void aMatchOnTheLegalNameNamesNoOther() {
    String json = "{\"name\":{\"level\":\"exact\",\"weight\":13.87},\"probability\":0.5}";
    assertThat(Explanations.summarise(json), is("name exact +13.87, p=0.5000"));
  }
}
