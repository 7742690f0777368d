package org.sbiretl.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ListeningSocketsTest {
  @Test
  void procAddressesAreDecodedFromLittleEndianWords() throws IOException {
    assertEquals("127.0.0.1", ListeningSockets.address("0100007F").getHostAddress());
    assertTrue(ListeningSockets.address("0000000000000000FFFF00000100007F").isLoopbackAddress());
    assertTrue(ListeningSockets.address("00000000000000000000000001000000").isLoopbackAddress());
    assertFalse(ListeningSockets.address("00000000").isLoopbackAddress());
    assertFalse(ListeningSockets.address("00000000000000000000000000000000").isLoopbackAddress());
    assertEquals("192.168.1.10", ListeningSockets.address("0A01A8C0").getHostAddress());
  }
}
