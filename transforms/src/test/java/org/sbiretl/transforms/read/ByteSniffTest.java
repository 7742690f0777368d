package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ByteSniffTest {
  private static final String CSV = "Company,Agency\nAcme,DOD\n";

  private static String problem(byte[] bytes) {
    return ByteSniff.problem(bytes, bytes.length);
  }

  @Test
  void utf8TextWithOrWithoutAByteOrderMarkPasses() throws IOException {
    assertThat(problem(CSV.getBytes(StandardCharsets.UTF_8)), nullValue());
    assertThat(problem(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8)), nullValue());
    ByteSniff.requireText(new ByteArrayInputStream(new byte[0]), "empty.csv");
  }

  @Test
  void compressedUtf16AndBinaryFilesAreNamedForWhatTheyAre() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(CSV.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(problem(gz.toByteArray()), containsString("gzip-compressed"));
    assertThat(problem(new byte[] {'P', 'K', 3, 4, 20, 0}), containsString("ZIP archive"));
    assertThat(problem(CSV.getBytes(StandardCharsets.UTF_16)), containsString("UTF-16"));
    assertThat(problem(CSV.getBytes(StandardCharsets.UTF_16LE)), containsString("zero bytes"));
    assertThat(problem(new byte[] {0x7f, 'E', 'L', 'F', 0, 0}), containsString("not a text file"));
    byte[] random = new byte[ByteSniff.SAMPLE];
    new java.util.Random(7).nextBytes(random);
    assertThat(problem(random), containsString("control bytes"));
  }

  @Test
  void aStrayZeroByteInTextIsLeftToItsRow() {
    String text = CSV.repeat(20);
    int middle = text.length() / 2;
    assertThat(
        problem((text.substring(0, middle) + "\0" + text.substring(middle)).getBytes()),
        nullValue());
  }
}
