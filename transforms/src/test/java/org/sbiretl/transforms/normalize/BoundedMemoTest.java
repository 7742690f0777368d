package org.sbiretl.transforms.normalize;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Values are computed once while there is room, and always computed right when there is not. */
class BoundedMemoTest {
  @Test
  void aRememberedValueIsNotComputedAgain() {
    BoundedMemo<String, Integer> memo = new BoundedMemo<>(10);
    AtomicInteger calls = new AtomicInteger();
    assertThat(memo.get("tech", t -> calls.incrementAndGet() + t.length()), is(5));
    assertThat(memo.get("tech", t -> calls.incrementAndGet() + t.length()), is(5));
    assertThat(calls.get(), is(1));
  }

  @Test
  void pastTheBoundValuesAreComputedButNotRemembered() {
    BoundedMemo<String, Integer> memo = new BoundedMemo<>(2);
    AtomicInteger calls = new AtomicInteger();
    for (String key : new String[] {"a", "bb", "ccc", "ccc"}) {
      assertThat(
          memo.get(key, k -> calls.incrementAndGet() > 0 ? k.length() : -1), is(key.length()));
    }
    assertThat(memo.size(), is(2));
    assertThat(calls.get(), is(4));
  }
}
