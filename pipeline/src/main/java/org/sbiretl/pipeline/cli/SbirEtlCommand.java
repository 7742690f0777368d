package org.sbiretl.pipeline.cli;

public class SbirEtlCommand {
  public static void main(String[] args) {}
}
