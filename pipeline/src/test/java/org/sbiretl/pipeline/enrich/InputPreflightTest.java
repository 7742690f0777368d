package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.transforms.read.InvalidInputException;

/** Bad input files stop a run before it starts, with one message naming the file. */
class InputPreflightTest {
  @TempDir Path dir;

  @Test
  void missingFileIsNamedWithoutSearchingTheFileSystem() {
    String missing = dir.resolve("nope/awards.csv").toString();
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> InputPreflight.checkAwards(missing));
    assertThat(e.getMessage(), startsWith("awards file not found: " + missing));
  }

  @Test
  void directoryIsNotAFile() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> InputPreflight.checkRecipients(dir.toString()));
    assertThat(e.getMessage(), containsString("is a directory"));
  }

  @Test
  void fileWithoutAnAwardHeaderIsRejectedWithWhatWasExpected() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "foo,bar\n1,2\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> InputPreflight.checkAwards(bad.toString()));
    assertThat(e.getMessage(), containsString("bad.csv: no recognisable SBIR award header"));
  }

  @Test
  void globWithoutMatchesIsNamed() {
    String glob = dir.resolve("*.csv").toString();
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> InputPreflight.checkAwards(glob));
    assertThat(e.getMessage(), containsString(glob));
  }

  @Test
  void relativePathsBecomeAbsoluteAndUrisStayAsGiven() {
    assertThat(InputPreflight.absolute("sample/awards.csv"), startsWith("/"));
    assertThat(InputPreflight.absolute("gs://bucket/a.csv"), startsWith("gs://bucket/"));
  }

  @Test
  void recipientsWithNoRowsAreRefusedRatherThanLeavingEveryAwardUnmatched() throws IOException {
    Path headerOnly =
        Files.writeString(
            dir.resolve("recipients.csv"), "id,legal_business_name,uei,duns,city,state\n");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> InputPreflight.checkRecipients(headerOnly.toString()));
    assertThat(e.getMessage(), containsString("hold no recipient rows (empty or header only)"));
    Files.writeString(dir.resolve("empty.csv"), "");
    assertThrows(
        InvalidInputException.class,
        () -> InputPreflight.checkRecipients(dir.resolve("empty.csv").toString()));
  }

  @Test
  void aGzippedAwardsFileIsNamedAsSuchNotShownAsBytes() throws IOException {
    Path gz = dir.resolve("awards.csv.gz");
    try (java.util.zip.GZIPOutputStream out =
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("Company,Agency\nAcme,DOD\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> InputPreflight.checkAwards(gz.toString()));
    assertThat(e.getMessage(), containsString("awards.csv.gz is gzip-compressed"));
  }
}
