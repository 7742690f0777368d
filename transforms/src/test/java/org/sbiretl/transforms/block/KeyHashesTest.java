package org.sbiretl.transforms.block;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.score.PartyFeatures;

class KeyHashesTest {

  private static KeyHashes of(List<String> keys) {
    long[] hashes = new long[keys.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = KeyHashes.hash(keys.get(i));
    }
    return KeyHashes.ofUnsorted(hashes, hashes.length);
  }

  @Test
  void hashIsSixtyFourBitFnv1a() {
    // Published FNV-1a 64-bit test vectors (ASCII text hashes the same as its bytes).
    assertThat(KeyHashes.hash(""), is(0xcbf29ce484222325L));
    assertThat(KeyHashes.hash("a"), is(0xaf63dc4c8601ec8cL));
    assertThat(KeyHashes.hash("foobar"), is(0x85944171f73967e8L));
  }

  @Test
  void hashIsDeterministicAndTellsSimilarKeysApart() {
    assertThat(KeyHashes.hash("n:acmerobotic"), is(KeyHashes.hash("n:acmerobotic")));
    assertThat(KeyHashes.hash("n:acmerobotic"), is(not(KeyHashes.hash("n:acmerobotik"))));
    assertThat(KeyHashes.hash("t:acme:MA"), is(not(KeyHashes.hash("t:acme:CA"))));
  }

  @Test
  void containsTheKeysItWasBuiltFromAndNotOthers() {
    KeyHashes set = of(List.of("n:acmerobotic", "t:acme:MA", "u:ABCDEFGHJKLM"));
    assertThat(set.size(), is(3));
    assertThat(set.contains("n:acmerobotic"), is(true));
    assertThat(set.contains("t:acme:MA"), is(true));
    assertThat(set.contains("u:ABCDEFGHJKLM"), is(true));
    assertThat(set.contains("t:acme:CA"), is(false));
    assertThat(set.contains("n:acme"), is(false));
    assertThat(set.contains(""), is(false));
  }

  @Test
  void anEmptySetContainsNothing() {
    KeyHashes set = KeyHashes.ofUnsorted(new long[0], 0);
    assertThat(set.size(), is(0));
    assertThat(set.contains("n:acmerobotic"), is(false));
  }

  @Test
  void orderOfTheHashesDoesNotMatter() {
    KeyHashes forward = of(List.of("a", "b", "c", "d"));
    KeyHashes backward = of(List.of("d", "c", "b", "a"));
    for (String k : List.of("a", "b", "c", "d")) {
      assertThat(k, forward.contains(k), is(true));
      assertThat(k, backward.contains(k), is(true));
    }
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      keys.add("t:token" + i + ":MA");
    }
    KeyHashes set = of(keys);
    assertThat(set.size(), is(5000));
    for (String k : keys) {
      assertThat(k, set.contains(k), is(true));
    }
    assertThat(set.contains("t:token5000:MA"), is(false));
    assertThat(set.contains("t:token1:CA"), is(false));
  }

  @Test
  void filtersRecipientKeysByTheAwardsKeys() {
    Award a = new Award();
    a.company = "Acme Robotics";
    a.city = "Boston";
    a.state = "MA";
    a.zip = "02110";
    Set<String> awardKeys = BlockingKeys.of(PartyFeatures.ofAward(a));
    KeyHashes set = of(new ArrayList<>(awardKeys));
    for (String k : awardKeys) {
      assertThat(k, set.contains(k), is(true));
    }
    assertThat(set.contains("n:zenithphotonic"), is(false));
    assertThat(set.contains("z:02110:z"), is(false));
  }

  /**
   * Hashes that differ only in their low bits, as a table that keeps part of each hash would
   * confuse: each is found at its own position, and one of the same high bits that is not in the
   * set is not found.
   */
  @Test
  void hashesAlikeInTheirHighBitsAreToldApart() {
    long high = 0x5DEECE66DL << 20;
    long[] hashes = new long[1000];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = high | (i * 1L);
    }
    KeyHashes set = KeyHashes.ofUnsorted(hashes, hashes.length);
    long[] sorted = set.sorted();
    for (int i = 0; i < sorted.length; i++) {
      assertThat(set.indexOf(sorted[i]), is(i));
    }
    assertThat(set.indexOf(high | 1000L), is(-1));
    assertThat(set.indexOf(high | 1023L), is(-1));
  }

  /** The bit table in front of the hash map turns away absent hashes and never a present one. */
  @Test
  void everyHashOfALargeSetIsFoundAtItsPositionAndAbsentOnesAreNot() {
    java.util.Random random = new java.util.Random(3);
    long[] hashes = new long[200_000];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = random.nextLong();
    }
    KeyHashes set = KeyHashes.ofUnsorted(hashes, hashes.length);
    long[] sorted = set.sorted();
    for (int i = 0; i < sorted.length; i++) {
      assertThat(set.indexOf(sorted[i]), is(i));
    }
    int found = 0;
    for (int i = 0; i < 200_000; i++) {
      if (set.indexOf(random.nextLong()) >= 0) {
        found++;
      }
    }
    assertThat(found, is(0));
  }
}
