package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Decodes UTF-8, and reads each byte that is not part of valid UTF-8 as Windows-1252, remembering
 * where such characters fall so that the record holding them can be flagged.
 *
 * <p>SBIR.gov exports re-saved by spreadsheet programs carry Windows-1252 accents and smart quotes
 * ({@code Caf\xE9}, {@code \x93Quoted\x94}). A plain UTF-8 decoder turns each into U+FFFD: the name
 * is silently corrupted and nothing says so. Windows-1252 is the encoding those bytes almost always
 * come from, and it maps every byte, so the text is kept readable and the row is flagged instead.
 */
final class Utf8OrWindows1252Reader extends Reader {
  private static final int BUFFER = 1 << 16;
  private static final char[] WINDOWS_1252 = windows1252Table();

  private final InputStream in;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final ArrayDeque<Long> recodedOffsets = new ArrayDeque<>();
  private long delivered;
  private boolean endOfInput;
  private boolean flushed;

  Utf8OrWindows1252Reader(InputStream in) {
    this.in = in;
  }

  /**
   * Whether any character before {@code offset} (counted from the start of the stream) was read as
   * Windows-1252 since the last call; callers ask once per record, at its end.
   */
  boolean recodedBefore(long offset) {
    boolean any = false;
    while (!recodedOffsets.isEmpty() && recodedOffsets.peekFirst() < offset) {
      recodedOffsets.pollFirst();
      any = true;
    }
    return any;
  }

  @Override
  public int read(char[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(target, off, len);
    while (out.position() == off && !flushed) {
      CoderResult result = utf8.decode(bytes, out, endOfInput);
      if (result.isError()) {
        int n = Math.min(result.length(), out.remaining());
        if (n == 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          recodedOffsets.addLast(delivered + out.position() - off);
          out.put(WINDOWS_1252[bytes.get() & 0xFF]);
        }
      } else if (result.isOverflow()) {
        break;
      } else if (endOfInput) {
        utf8.flush(out);
        flushed = true;
      } else {
        refill();
      }
    }
    int n = out.position() - off;
    delivered += n;
    return n == 0 && flushed ? -1 : n;
  }

  private void refill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static char[] windows1252Table() {
    Charset cp1252 = Charset.forName("windows-1252");
    char[] table = new char[256];
    for (int b = 0; b < 256; b++) {
      char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
      // Five bytes are undefined in Windows-1252; read them as the Latin-1 control they are.
      table[b] = c == '\uFFFD' ? (char) b : c;
    }
    return table;
  }
}
