package org.sbiretl.pipeline.generate;

/** The parent company of a subsidiary firm; it has its own recipient record. */
record Parent(String legalName, String uei, String duns, Address address) {}
