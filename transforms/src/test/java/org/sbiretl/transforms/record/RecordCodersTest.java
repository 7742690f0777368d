package org.sbiretl.transforms.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/**
 * The compact coders carry every public field of the records: each field is set by reflection to a
 * value of its own, and must come back. A field added to a record and not to its coder fails here.
 */
class RecordCodersTest {

  @Test
  void everyFieldOfAnAwardRoundTrips() throws Exception {
    Award a = filled(Award.class, 1);
    assertSameFields(a, roundTrip(Award.class, a));
  }

  @Test
  void everyFieldOfAnOutcomeRoundTrips() throws Exception {
    LinkOutcome o = filled(LinkOutcome.class, 2);
    assertSameFields(o, roundTrip(LinkOutcome.class, o));
  }

  @Test
  void aLinkedAwardRoundTripsWithBothParts() throws Exception {
    LinkedAward l = LinkedAward.of(filled(Award.class, 3), filled(LinkOutcome.class, 4));
    LinkedAward back = roundTrip(LinkedAward.class, l);
    assertSameFields(l.award, back.award);
    assertSameFields(l.link, back.link);
  }

  @Test
  void nullsNegativesAndEmptyListsRoundTrip() throws Exception {
    Award a = new Award();
    a.awardYear = -2024;
    a.solicitationYear = Integer.MIN_VALUE;
    a.numberEmployees = Integer.MAX_VALUE;
    a.awardAmount = -0.5;
    Award back = roundTrip(Award.class, a);
    assertSameFields(a, back);
    assertNull(back.uei);
    assertEquals(List.of(), back.dataQualityFlags);
  }

  private static <T> T roundTrip(Class<T> type, T value) throws Exception {
    return CoderUtils.clone(RecordCoders.of(type), value);
  }

  /** A record whose every public instance field holds a value derived from its name and seed. */
  private static <T> T filled(Class<T> type, int seed) throws Exception {
    T value = type.getDeclaredConstructor().newInstance();
    for (Field f : fields(type)) {
      int h = f.getName().hashCode() * 31 + seed;
      Class<?> t = f.getType();
      if (t == String.class) {
        f.set(value, f.getName() + "-" + seed);
      } else if (t == Integer.class || t == int.class) {
        f.set(value, h);
      } else if (t == Long.class || t == long.class) {
        f.set(value, (long) h * 1_000_003L);
      } else if (t == Double.class || t == double.class) {
        f.set(value, h / 7.0);
      } else if (t == List.class) {
        f.set(value, List.of(f.getName(), "second " + seed));
      } else {
        throw new AssertionError("no test value for " + f + ": add one, and add it to the coder");
      }
    }
    return value;
  }

  private static void assertSameFields(Object expected, Object actual) throws Exception {
    for (Field f : fields(expected.getClass())) {
      assertEquals(f.get(expected), f.get(actual), f.getName());
    }
  }

  private static List<Field> fields(Class<?> type) {
    return List.of(type.getFields()).stream()
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .toList();
  }
}
