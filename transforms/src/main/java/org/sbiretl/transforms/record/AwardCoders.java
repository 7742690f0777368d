package org.sbiretl.transforms.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.util.VarInt;

/**
 * Compact coders for {@link Award}, {@link LinkOutcome} and {@link LinkedAward}: every field in
 * declaration order ({@link Wire}), as one block. Awards cross about ten channels between their
 * reader and the output tables; their schema coders went through a row object per element and were
 * a tenth of the production shape's CPU. {@code RecordCodersTest} sets every public field by
 * reflection and checks it round-trips, so a field added to a record and not here fails the build.
 */
public final class AwardCoders {
  private AwardCoders() {}

  static final BlockFieldsCoder<Award> AWARD =
      new BlockFieldsCoder<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void writeFields(Award v, OutputStream out) throws IOException {
          writeAward(v, out);
        }

        @Override
        protected Award readFields(InputStream in) throws IOException {
          return readAward(in);
        }
      };

  static final BlockFieldsCoder<LinkOutcome> LINK_OUTCOME =
      new BlockFieldsCoder<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void writeFields(LinkOutcome v, OutputStream out) throws IOException {
          writeOutcome(v, out);
        }

        @Override
        protected LinkOutcome readFields(InputStream in) throws IOException {
          return readOutcome(in);
        }
      };

  static final BlockFieldsCoder<LinkedAward> LINKED_AWARD =
      new BlockFieldsCoder<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void writeFields(LinkedAward v, OutputStream out) throws IOException {
          writeAward(v.award, out);
          writeOutcome(v.link, out);
        }

        @Override
        protected LinkedAward readFields(InputStream in) throws IOException {
          return LinkedAward.of(readAward(in), readOutcome(in));
        }
      };

  private static void writeAward(Award v, OutputStream out) throws IOException {
    Wire.string(v.awardId, out);
    Wire.string(v.sourceFile, out);
    VarInt.encode(v.sourceRow, out);
    Wire.string(v.company, out);
    Wire.string(v.awardTitle, out);
    Wire.string(v.agency, out);
    Wire.string(v.branch, out);
    Wire.string(v.phase, out);
    Wire.string(v.program, out);
    Wire.string(v.agencyTrackingNumber, out);
    Wire.string(v.contract, out);
    Wire.string(v.proposalAwardDate, out);
    Wire.string(v.contractEndDate, out);
    Wire.string(v.solicitationNumber, out);
    Wire.nullableInt(v.solicitationYear, out);
    Wire.string(v.solicitationCloseDate, out);
    Wire.string(v.proposalReceiptDate, out);
    Wire.string(v.dateOfNotification, out);
    Wire.string(v.topicCode, out);
    Wire.nullableInt(v.awardYear, out);
    Wire.nullableDouble(v.awardAmount, out);
    Wire.string(v.uei, out);
    Wire.string(v.duns, out);
    Wire.string(v.hubzoneOwned, out);
    Wire.string(v.sociallyAndEconomicallyDisadvantaged, out);
    Wire.string(v.womanOwned, out);
    Wire.nullableInt(v.numberEmployees, out);
    Wire.string(v.companyWebsite, out);
    Wire.string(v.address1, out);
    Wire.string(v.address2, out);
    Wire.string(v.city, out);
    Wire.string(v.state, out);
    Wire.string(v.zip, out);
    Wire.string(v.abstractText, out);
    Wire.string(v.contactName, out);
    Wire.string(v.contactTitle, out);
    Wire.string(v.contactPhone, out);
    Wire.string(v.contactEmail, out);
    Wire.string(v.piName, out);
    Wire.string(v.piTitle, out);
    Wire.string(v.piPhone, out);
    Wire.string(v.piEmail, out);
    Wire.string(v.riName, out);
    Wire.string(v.riPocName, out);
    Wire.string(v.riPocPhone, out);
    Wire.string(v.researchKeywords, out);
    Wire.strings(v.dataQualityFlags, out);
    Wire.string(v.unparsedValues, out);
  }

  private static Award readAward(InputStream in) throws IOException {
    Award v = new Award();
    v.awardId = Wire.string(in);
    v.sourceFile = Wire.string(in);
    v.sourceRow = VarInt.decodeLong(in);
    v.company = Wire.string(in);
    v.awardTitle = Wire.string(in);
    v.agency = Wire.string(in);
    v.branch = Wire.string(in);
    v.phase = Wire.string(in);
    v.program = Wire.string(in);
    v.agencyTrackingNumber = Wire.string(in);
    v.contract = Wire.string(in);
    v.proposalAwardDate = Wire.string(in);
    v.contractEndDate = Wire.string(in);
    v.solicitationNumber = Wire.string(in);
    v.solicitationYear = Wire.nullableInt(in);
    v.solicitationCloseDate = Wire.string(in);
    v.proposalReceiptDate = Wire.string(in);
    v.dateOfNotification = Wire.string(in);
    v.topicCode = Wire.string(in);
    v.awardYear = Wire.nullableInt(in);
    v.awardAmount = Wire.nullableDouble(in);
    v.uei = Wire.string(in);
    v.duns = Wire.string(in);
    v.hubzoneOwned = Wire.string(in);
    v.sociallyAndEconomicallyDisadvantaged = Wire.string(in);
    v.womanOwned = Wire.string(in);
    v.numberEmployees = Wire.nullableInt(in);
    v.companyWebsite = Wire.string(in);
    v.address1 = Wire.string(in);
    v.address2 = Wire.string(in);
    v.city = Wire.string(in);
    v.state = Wire.string(in);
    v.zip = Wire.string(in);
    v.abstractText = Wire.string(in);
    v.contactName = Wire.string(in);
    v.contactTitle = Wire.string(in);
    v.contactPhone = Wire.string(in);
    v.contactEmail = Wire.string(in);
    v.piName = Wire.string(in);
    v.piTitle = Wire.string(in);
    v.piPhone = Wire.string(in);
    v.piEmail = Wire.string(in);
    v.riName = Wire.string(in);
    v.riPocName = Wire.string(in);
    v.riPocPhone = Wire.string(in);
    v.researchKeywords = Wire.string(in);
    v.dataQualityFlags = Wire.strings(in);
    v.unparsedValues = Wire.string(in);
    return v;
  }

  private static void writeOutcome(LinkOutcome v, OutputStream out) throws IOException {
    Wire.string(v.awardId, out);
    Wire.string(v.outcome, out);
    Wire.string(v.matchMethod, out);
    Wire.string(v.reason, out);
    Wire.string(v.decisionSummary, out);
    Wire.strings(v.matchFlags, out);
    Wire.nullableDouble(v.matchProbability, out);
    Wire.nullableDouble(v.secondBestProbability, out);
    VarInt.encode(v.candidateCount, out);
    Wire.string(v.matchExplanation, out);
    Wire.string(v.candidates, out);
    Wire.string(v.recipientId, out);
    Wire.string(v.recipientUei, out);
    Wire.string(v.recipientDuns, out);
    Wire.string(v.recipientName, out);
    Wire.string(v.recipientParentUei, out);
    Wire.string(v.recipientParentName, out);
    Wire.string(v.recipientAddressLine1, out);
    Wire.string(v.recipientCity, out);
    Wire.string(v.recipientState, out);
    Wire.string(v.recipientZip5, out);
    Wire.string(v.recipientBusinessTypesCodes, out);
  }

  private static LinkOutcome readOutcome(InputStream in) throws IOException {
    LinkOutcome v = new LinkOutcome();
    v.awardId = Wire.string(in);
    v.outcome = Wire.string(in);
    v.matchMethod = Wire.string(in);
    v.reason = Wire.string(in);
    v.decisionSummary = Wire.string(in);
    v.matchFlags = Wire.strings(in);
    v.matchProbability = Wire.nullableDouble(in);
    v.secondBestProbability = Wire.nullableDouble(in);
    v.candidateCount = VarInt.decodeInt(in);
    v.matchExplanation = Wire.string(in);
    v.candidates = Wire.string(in);
    v.recipientId = Wire.string(in);
    v.recipientUei = Wire.string(in);
    v.recipientDuns = Wire.string(in);
    v.recipientName = Wire.string(in);
    v.recipientParentUei = Wire.string(in);
    v.recipientParentName = Wire.string(in);
    v.recipientAddressLine1 = Wire.string(in);
    v.recipientCity = Wire.string(in);
    v.recipientState = Wire.string(in);
    v.recipientZip5 = Wire.string(in);
    v.recipientBusinessTypesCodes = Wire.string(in);
    return v;
  }
}
