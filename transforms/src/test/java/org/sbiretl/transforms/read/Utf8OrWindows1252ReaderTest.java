package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8OrWindows1252ReaderTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      byte[] b = p instanceof byte[] raw ? raw : ((String) p).getBytes(StandardCharsets.UTF_8);
      out.writeBytes(b);
    }
    return out.toByteArray();
  }

  private static List<RawRecord> records(InputStream in) throws IOException {
    List<RawRecord> out = new ArrayList<>();
    new CsvRecordSplitter(TextFiles.open(in), 0).forEachRemaining(out::add);
    return out;
  }

  /** Hands out one byte per read, so every multi-byte character straddles a refill. */
  private static InputStream trickle(byte[] b) {
    return new FilterInputStream(new ByteArrayInputStream(b)) {
      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        return super.read(buffer, off, Math.min(len, 1));
      }
    };
  }

  @Test
  void windows1252BytesAreReadAsWindows1252AndTheirRecordsFlagged() throws IOException {
    byte[] file =
        bytes(
            "id,name\n",
            "1,",
            "Café Gödel".getBytes(CP1252),
            "\n2,Plain Name\n3,",
            "\u201cQuoted\u201d".getBytes(CP1252),
            " Naïve\n4,Ünïcode in UTF-8\n");
    List<RawRecord> records = records(new ByteArrayInputStream(file));
    assertThat(
        records.stream().map(RawRecord::text).toList(),
        contains(
            "id,name",
            "1,Café Gödel",
            "2,Plain Name",
            "3,\u201cQuoted\u201d Naïve",
            "4,Ünïcode in UTF-8"));
    assertThat(
        records.stream().map(RawRecord::notUtf8).toList(),
        contains(false, true, false, true, false));
  }

  @Test
  void validUtf8SplitAcrossReadsIsUntouched() throws IOException {
    String text = "id,name\n1,Müller Ω Ltd 𝔸\n2,\"Zoë,\nLine two\"\n";
    List<RawRecord> records = records(trickle(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(
        records.stream().map(RawRecord::text).toList(),
        contains("id,name", "1,Müller Ω Ltd 𝔸", "2,\"Zoë,\nLine two\""));
    assertThat(records.stream().noneMatch(RawRecord::notUtf8), is(true));
  }

  @Test
  void aTruncatedUtf8SequenceAtTheEndIsRecodedNotLost() throws IOException {
    byte[] file = bytes("1,ab", new byte[] {(byte) 0xC3});
    StringWriter out = new StringWriter();
    TextFiles.open(new ByteArrayInputStream(file)).transferTo(out);
    assertThat(out.toString(), is("1,abÃ"));
    List<RawRecord> records = records(trickle(file));
    assertThat(records.get(0).notUtf8(), is(true));
  }

  @Test
  void theFlagStaysWithItsRecordWhateverTheBuffering() throws IOException {
    StringBuilder text = new StringBuilder();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    List<Boolean> expected = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      boolean bad = i % 7 == 3;
      file.writeBytes(("r" + i + ",").getBytes(StandardCharsets.UTF_8));
      file.writeBytes(bad ? "Señor".getBytes(CP1252) : "Señor".getBytes(StandardCharsets.UTF_8));
      file.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      expected.add(bad);
      text.append("r").append(i).append(",Señor\n");
    }
    List<RawRecord> records = records(new ByteArrayInputStream(file.toByteArray()));
    assertThat(records.stream().map(RawRecord::notUtf8).toList(), is(expected));
    assertThat(records.stream().allMatch(r -> r.text().endsWith(",Señor")), is(true));
  }
}
