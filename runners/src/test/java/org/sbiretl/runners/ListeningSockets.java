package org.sbiretl.runners;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The TCP sockets that processes of this host listen on, read from Linux's {@code /proc}: which
 * processes own which socket inodes ({@code /proc/PID/fd}), and where each listening inode is bound
 * ({@code /proc/net/tcp} and {@code tcp6}).
 */
final class ListeningSockets {
  /** A listening socket: its process, local address and port. */
  record Socket(long pid, InetAddress address, int port) {}

  private static final String LISTEN = "0A";

  private ListeningSockets() {}

  /** The listening sockets of every process whose command line contains {@code marker}. */
  static List<Socket> ofProcessesRunning(String marker) throws IOException {
    Map<String, Long> pidByInode = new HashMap<>();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        String cmdline;
        try {
          cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
        } catch (IOException gone) {
          continue;
        }
        if (!cmdline.contains(marker)) {
          continue;
        }
        long pid = Long.parseLong(proc.getFileName().toString());
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
          for (Path fd : fds.toList()) {
            try {
              String target = Files.readSymbolicLink(fd).toString();
              if (target.startsWith("socket:[")) {
                pidByInode.put(target.substring(8, target.length() - 1), pid);
              }
            } catch (IOException closed) {
              // the descriptor was closed while listing
            }
          }
        }
      }
    }
    List<Socket> out = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.exists(path)) {
        continue;
      }
      List<String> lines = Files.readAllLines(path);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.strip().split("\\s+");
        Long pid = pidByInode.get(f[9]);
        if (pid != null && f[3].equals(LISTEN)) {
          String[] local = f[1].split(":");
          out.add(new Socket(pid, address(local[0]), Integer.parseInt(local[1], 16)));
        }
      }
    }
    return out;
  }

  /** {@code /proc/net/tcp*} writes addresses as 32-bit words in host (little-endian) order. */
  static InetAddress address(String hex) throws IOException {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int b = 0; b < 4; b++) {
        int at = (word * 4 + (3 - b)) * 2;
        bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
      }
    }
    return InetAddress.getByAddress(bytes);
  }
}
