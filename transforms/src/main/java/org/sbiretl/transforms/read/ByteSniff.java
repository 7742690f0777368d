package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Recognises, from a file's first bytes, inputs that are not UTF-8 text and would otherwise be read
 * as garbage rows: compressed archives, UTF-16 text and binary files. The message says what the
 * file is and what to do, instead of a header error that shows raw bytes.
 */
public final class ByteSniff {
  /** How much of the file is looked at. */
  static final int SAMPLE = 8192;

  private ByteSniff() {}

  /**
   * @throws InvalidInputException when the start of the file is not UTF-8 text
   */
  public static void requireText(InputStream in, String name) throws IOException {
    byte[] head = in.readNBytes(SAMPLE);
    String problem = problem(head, head.length);
    if (problem != null) {
      throw new InvalidInputException(name + " " + problem);
    }
  }

  static String problem(byte[] b, int n) {
    if (n >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
      return "is gzip-compressed: decompress it first (gunzip FILE) and give the .csv";
    }
    if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
      return "is a ZIP archive: extract the CSV from it first";
    }
    if (n >= 2
        && (((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)
            || ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff))) {
      return "is UTF-16 text: save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)";
    }
    int zeros = 0;
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        zeros++;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (zeros * 4 > n) {
      // UTF-16 without a byte-order mark has a zero in every other byte of ASCII text.
      return "is not a text file (it holds zero bytes, as binary files and UTF-16 text do):"
          + " give a UTF-8 CSV";
    }
    // A stray control byte is kept in its row's text; text has almost none, binary files 10 %.
    if (controls >= 2 && controls * 100 > n) {
      return "is not a text file (it holds control bytes, as binary files do): give a UTF-8 CSV";
    }
    return null;
  }
}
