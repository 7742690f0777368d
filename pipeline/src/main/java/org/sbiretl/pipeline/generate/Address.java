package org.sbiretl.pipeline.generate;

/**
 * A street address in neutral form: street line in title case, optional suite line, city, USPS
 * state code, ZIP and ZIP+4 extension.
 */
record Address(
    String street, String suite, String city, String state, String zip5, String zip4, String cd) {}
