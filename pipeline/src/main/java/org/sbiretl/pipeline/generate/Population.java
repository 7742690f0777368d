package org.sbiretl.pipeline.generate;

import java.util.Arrays;

/**
 * The plan of a run: which firm each award belongs to, which firms have a recipient record, and
 * where in the recipient file the firm-related rows sit. Everything else in the recipient file is
 * filler generated from its index. Memory is O(awards), independent of the recipient count.
 */
final class Population {
  static final byte PRIMARY = 0;
  static final byte DUPLICATE = 1;
  static final byte PARENT = 2;
  static final byte TWIN = 3;
  static final byte COUSIN = 4;

  /** Firms per award. */
  static final double FIRMS_PER_AWARD = 0.30;

  /** Share of awards whose company has no recipient record. */
  static final double UNLINKED_AWARD_SHARE = 0.125;

  private static final int FLAG_DUPLICATE = 1;
  private static final int FLAG_PARENT = 2;
  private static final int FLAG_TWIN = 4;
  private static final int FLAG_COUSIN = 8;

  private final int recipients;
  private final int[] awardFirm;
  private final int[] awardCount;
  private final byte[] flags;
  private final int[] firmSlot;
  private final int[] slotPosition;
  private final byte[] slotRole;
  private final int[] slotFirm;

  private Population(
      int recipients,
      int[] awardFirm,
      int[] awardCount,
      byte[] flags,
      int[] firmSlot,
      int[] slotPosition,
      byte[] slotRole,
      int[] slotFirm) {
    this.recipients = recipients;
    this.awardFirm = awardFirm;
    this.awardCount = awardCount;
    this.flags = flags;
    this.firmSlot = firmSlot;
    this.slotPosition = slotPosition;
    this.slotRole = slotRole;
    this.slotFirm = slotFirm;
  }

  /**
   * Plans a run.
   *
   * @throws IllegalArgumentException when {@code recipients} cannot hold the firm-related rows
   */
  static Population plan(long seed, int awards, int recipients) {
    Rng r = Rng.of(seed, Streams.PLAN, 0);
    int firms = awards == 0 ? 0 : Math.max(1, (int) Math.round(awards * FIRMS_PER_AWARD));
    int[] count = awardCounts(r, awards, firms);
    int[] awardFirm = new int[awards];
    int k = 0;
    for (int f = 0; f < firms; f++) {
      for (int j = 0; j < count[f]; j++) {
        awardFirm[k++] = f;
      }
    }
    shuffle(awardFirm, r);

    boolean[] unlinked = chooseUnlinked(r, count, Math.round(awards * UNLINKED_AWARD_SHARE));
    byte[] flags = new byte[firms];
    int slots = 0;
    for (int f = 0; f < firms; f++) {
      Rng fr = Rng.of(seed, Streams.ROLES, f);
      int fl = 0;
      if (unlinked[f]) {
        fl |= fr.chance(GeneratorRates.ABSENT_FIRM_NAMESAKE) ? FLAG_TWIN : 0;
        fl |= fr.chance(0.25) ? FLAG_COUSIN : 0;
      } else {
        slots++;
        fl |= fr.chance(0.03) ? FLAG_DUPLICATE : 0;
        fl |= fr.chance(0.04) ? FLAG_PARENT : 0;
        fl |= fr.chance(GeneratorRates.LINKED_FIRM_NAMESAKE) ? FLAG_TWIN : 0;
        fl |= fr.chance(0.15) ? FLAG_COUSIN : 0;
      }
      flags[f] = (byte) fl;
      slots += Integer.bitCount(fl);
    }
    if (slots > recipients) {
      throw new IllegalArgumentException(
          "--recipients "
              + recipients
              + " is too small: "
              + awards
              + " awards need at least "
              + slots
              + " recipients");
    }

    byte[] role = new byte[slots];
    int[] owner = new int[slots];
    int s = 0;
    for (int f = 0; f < firms; f++) {
      if (!unlinked[f]) {
        role[s] = PRIMARY;
        owner[s++] = f;
      }
      for (int bit = 0; bit < 4; bit++) {
        if ((flags[f] & (1 << bit)) != 0) {
          role[s] = (byte) (bit + 1);
          owner[s++] = f;
        }
      }
    }
    for (int i = slots - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      byte tr = role[i];
      role[i] = role[j];
      role[j] = tr;
      int to = owner[i];
      owner[i] = owner[j];
      owner[j] = to;
    }
    // Slot i lands somewhere in its own bucket [i*M/S, (i+1)*M/S): spread out, never colliding.
    int[] position = new int[slots];
    int[] firmSlot = new int[firms];
    Arrays.fill(firmSlot, -1);
    for (int i = 0; i < slots; i++) {
      long lo = (long) i * recipients / slots;
      long hi = (long) (i + 1) * recipients / slots;
      position[i] = (int) (lo + r.nextLong(hi - lo));
      if (role[i] == PRIMARY) {
        firmSlot[owner[i]] = position[i];
      }
    }
    return new Population(recipients, awardFirm, count, flags, firmSlot, position, role, owner);
  }

  /**
   * The largest share of the extra awards one firm may draw. SBIR.gov's most prolific firms hold
   * about 1% of all awards; an uncapped Pareto(1.5) draw over tens of thousands of firms now and
   * then hands one firm a tenth of them.
   */
  static final double MAX_FIRM_SHARE = 0.01;

  /**
   * Every firm gets one award; the rest go to 55% of firms with Pareto(1.5) weights, each capped at
   * {@link #MAX_FIRM_SHARE} of the total.
   */
  private static int[] awardCounts(Rng r, int awards, int firms) {
    int[] count = new int[firms];
    if (firms == 0) {
      return count;
    }
    Arrays.fill(count, 1);
    double[] weight = new double[firms];
    double uncapped = 0;
    for (int f = 0; f < firms; f++) {
      weight[f] = r.chance(0.45) ? 0 : Math.pow(1 - r.nextDouble(), -1 / 1.5);
      uncapped += weight[f];
    }
    double cap = Math.max(1.0, MAX_FIRM_SHARE * uncapped);
    double[] cumulative = new double[firms];
    double total = 0;
    for (int f = 0; f < firms; f++) {
      total += Math.min(weight[f], cap);
      cumulative[f] = total;
    }
    for (int extra = awards - firms; extra > 0; extra--) {
      if (total == 0) {
        count[extra % firms]++;
        continue;
      }
      int f = Arrays.binarySearch(cumulative, r.nextDouble() * total);
      f = f >= 0 ? f : -f - 1;
      count[Math.min(f, firms - 1)]++;
    }
    return count;
  }

  /** Marks small firms (at most 3 awards) as having no recipient until {@code target} awards. */
  private static boolean[] chooseUnlinked(Rng r, int[] count, long target) {
    int firms = count.length;
    int[] order = new int[firms];
    for (int i = 0; i < firms; i++) {
      order[i] = i;
    }
    shuffle(order, r);
    boolean[] unlinked = new boolean[firms];
    long acc = 0;
    for (int f : order) {
      if (acc >= target) {
        break;
      }
      if (count[f] <= 3 && count[f] <= target - acc) {
        unlinked[f] = true;
        acc += count[f];
      }
    }
    return unlinked;
  }

  private static void shuffle(int[] a, Rng r) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  int recipients() {
    return recipients;
  }

  int awards() {
    return awardFirm.length;
  }

  int firms() {
    return awardCount.length;
  }

  int firmOfAward(int award) {
    return awardFirm[award];
  }

  int awardCount(int firm) {
    return awardCount[firm];
  }

  /** Recipient index of the firm's own record, or -1 when the firm has none. */
  int recipientOf(int firm) {
    return firmSlot[firm];
  }

  boolean linked(int firm) {
    return firmSlot[firm] >= 0;
  }

  boolean hasParent(int firm) {
    return (flags[firm] & FLAG_PARENT) != 0;
  }

  /** Slot number at recipient index {@code index}, or -1 for a filler row. */
  int slotAt(int index) {
    int s = Arrays.binarySearch(slotPosition, index);
    return s >= 0 ? s : -1;
  }

  byte slotRole(int slot) {
    return slotRole[slot];
  }

  int slotFirm(int slot) {
    return slotFirm[slot];
  }
}
