package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeReasonTest {
  @Test
  void everyCodeLeadsBackToItsReasonAndHasAMeaning() {
    for (OutcomeReason r : OutcomeReason.values()) {
      assertThat(r.code(), OutcomeReason.ofCode(r.code()), is(Optional.of(r)));
      assertThat(r.code(), r.meaning().endsWith("."), is(true));
    }
    assertThat(OutcomeReason.ofCode("uei-exact"), is(Optional.empty()));
  }
}
