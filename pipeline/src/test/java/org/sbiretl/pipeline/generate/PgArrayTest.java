package org.sbiretl.pipeline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PgArrayTest {
  @Test
  void emptyArray() {
    assertEquals("{}", PgArray.format(List.of()));
  }

  @Test
  void quotesOnlyWhatNeedsQuoting() {
    assertEquals(
        "{ACME,\"ACME LABS\",\"ACME, LLC\",\"SAY \\\"HI\\\"\",\"A\\\\B\",\"{X}\",\"NULL\"}",
        PgArray.format(
            List.of("ACME", "ACME LABS", "ACME, LLC", "SAY \"HI\"", "A\\B", "{X}", "NULL")));
  }
}
