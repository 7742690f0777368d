package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ChooseAwardKeys#choose}: which of an award's keys, each with its block size, are kept. */
class ChooseAwardKeysTest {
  private static final long BUDGET = 10;
  private static final long NO_CAP = Long.MAX_VALUE;

  /** The chosen keys of one award given as alternating key and block size. */
  private static List<String> choose(
      long cap, long budget, ChooseAwardKeys.Tally tally, Object... keysAndSizes) {
    int n = keysAndSizes.length / 2;
    String[] keys = new String[n];
    long[] sizes = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (String) keysAndSizes[2 * i];
      sizes[i] = ((Number) keysAndSizes[2 * i + 1]).longValue();
    }
    List<String> out = new ArrayList<>();
    for (int i : ChooseAwardKeys.choose(keys, sizes, cap, budget, tally)) {
      out.add(keys[i]);
    }
    return out;
  }

  @Test
  void theSmallestBlocksAreKeptWithinTheBudgetAndIdentifierKeysAlways() {
    Object[] keys = {
      "u:ACMERB000001", 1,
      "d:123456789", 50, // over the budget on its own, kept all the same
      "n:acmerobotics", 3,
      "t:acme:MA", 4,
      "p:acme:robotics", 4, // as small as t:acme:MA, and first by key
      "x:acmerobo:MA", 6,
      "c:boston:MA:ac", 100
    };
    Object[] reversed = new Object[keys.length];
    for (int i = 0; i < keys.length; i += 2) {
      reversed[keys.length - 2 - i] = keys[i];
      reversed[keys.length - 1 - i] = keys[i + 1];
    }
    ChooseAwardKeys.Tally tally = new ChooseAwardKeys.Tally();
    // 3 + 4 = 7 of the budget of 10 is used; t:acme:MA (4) or anything larger would exceed it.
    List<String> expected =
        List.of("u:ACMERB000001", "d:123456789", "n:acmerobotics", "p:acme:robotics");
    assertThat(
        choose(NO_CAP, BUDGET, tally, keys), containsInAnyOrder(expected.toArray(String[]::new)));
    assertThat(
        choose(NO_CAP, BUDGET, tally, reversed),
        containsInAnyOrder(expected.toArray(String[]::new)));
    assertThat(tally.overBudget, is(6L));
  }

  @Test
  void theMinimumNumberOfNameKeysIsKeptWhateverTheirSize() {
    ChooseAwardKeys.Tally tally = new ChooseAwardKeys.Tally();
    assertThat(ChooseAwardKeys.MIN_NAME_KEYS, is(2));
    assertThat(
        choose(NO_CAP, BUDGET, tally, "t:inc:MA", 400, "n:x", 300, "p:a:b", 500, "d:9876", 1000),
        containsInAnyOrder("n:x", "t:inc:MA", "d:9876"));
    assertThat(choose(NO_CAP, BUDGET, tally, "n:rare", 500), containsInAnyOrder("n:rare"));
    assertThat(tally.overBudget, is(1L));
  }

  @Test
  void blocksAddingUpToExactlyTheBudgetAreKept() {
    ChooseAwardKeys.Tally tally = new ChooseAwardKeys.Tally();
    // 3 + 3 + 4 = 10 is within the budget; the second block of 4 would make 14.
    assertThat(
        choose(NO_CAP, BUDGET, tally, "x:k4", 4, "t:k3", 4, "p:k2", 3, "n:k1", 3),
        containsInAnyOrder("n:k1", "p:k2", "t:k3"));
    assertThat(tally.overBudget, is(1L));
  }

  @Test
  void identifierKeysDoNotUseUpTheBudget() {
    ChooseAwardKeys.Tally tally = new ChooseAwardKeys.Tally();
    // Were the identifier blocks counted, n:a would take the total to 12.
    assertThat(
        choose(NO_CAP, BUDGET, tally, "d:1111", 1, "u:SMALL", 1, "t:c:MA", 1, "p:b:c", 4, "n:a", 5),
        containsInAnyOrder("d:1111", "u:SMALL", "t:c:MA", "p:b:c", "n:a"));
    assertThat(
        choose(NO_CAP, BUDGET, tally, "u:BIGUEI", 9999, "d:2222", 9999),
        containsInAnyOrder("u:BIGUEI", "d:2222"));
    assertThat(choose(NO_CAP, BUDGET, tally), is(empty()));
    assertThat(tally.overBudget, is(0L));
  }

  @Test
  void aBudgetOfZeroStillKeepsTheMinimumAndTheIdentifiers() {
    ChooseAwardKeys.Tally tally = new ChooseAwardKeys.Tally();
    assertThat(
        choose(NO_CAP, 0, tally, "n:one", 1, "p:two", 1, "t:three", 1, "u:UEI1", 1),
        containsInAnyOrder("n:one", "p:two", "u:UEI1"));
    assertThat(tally.overBudget, is(1L));
  }

  @Test
  void keysNoRecipientHasAndOversizedBlocksAreLeftOutButIdentifiersAreNeverPruned() {
    ChooseAwardKeys.Tally tally = new ChooseAwardKeys.Tally();
    assertThat(
        choose(300, BUDGET, tally, "t:inc:MA", 301, "n:gone", 0, "u:BUSY", 5000, "n:ok", 2),
        containsInAnyOrder("u:BUSY", "n:ok"));
    assertThat(tally.pruned, is(1L));
    assertThat(tally.unshared, is(1L));
    assertThat(tally.overBudget, is(0L));
  }
}
