import Foundation
import Kernel

/// How a petition came in (Letters and Visits Regulations: visit, letter, phone, online).
public enum PetitionChannel: String, Sendable, Codable, CaseIterable {
    case visit, letter, phone, online

    public var labelKey: String { "petition_channel_\(rawValue)" }
}

/// Where a petition stands in the statutory chain: acceptance decision → handling and written
/// reply → review → re-review. After re-review the matter is closed to re-acceptance.
public enum PetitionStatus: String, Sendable, Codable, CaseIterable {
    /// Received; acceptance not decided yet (15 days).
    case registered
    /// Not accepted, with the reason told to the petitioner.
    case declined
    /// Accepted and being handled (60 days, extension up to 30 with approval).
    case accepted
    /// Written reply given; the petitioner may ask for review within 30 days.
    case replied
    /// Review asked for; the reviewing body answers within 30 days.
    case reviewRequested = "review_requested"
    /// Review answered; re-review may be asked for within 30 days.
    case reviewed
    /// Re-review asked for; answered within 30 days.
    case reReviewRequested = "re_review_requested"
    /// Re-review answered: the matter is concluded and not accepted again.
    case concluded

    public var labelKey: String { "petition_status_\(rawValue)" }
    /// An office owes the next step (acceptance, reply, review or re-review answer).
    public var owesAnswer: Bool { [.registered, .accepted, .reviewRequested, .reReviewRequested].contains(self) }
}

/// One petition 信访事项, with the clock of its current stage.
public struct Petition: Sendable, Equatable {
    public var id: String
    public var number: String
    public var channel: PetitionChannel
    public var petitionerName: String
    public var petitionerPhone: String?
    /// The petitioner's registry record (a resident or organisation), where known.
    public var petitionerRegistryId: String?
    /// Everyone in the group when several petition together (联名/集体访).
    public var headcount: Int
    public var matter: String
    public var demands: String
    /// The jurisdiction responsible (a county, street or community code): who may see it.
    public var unitCode: String
    /// The body that must answer (e.g. 县住建局).
    public var responsibleBody: String
    public var status: PetitionStatus
    public var receivedAt: Date
    public var acceptedAt: Date?
    /// Handling limit: set on acceptance, moved by approved extensions.
    public var replyDueAt: Date?
    public var repliedAt: Date?
    public var extensionDays: Int
    /// The current stage's clock and the rule that set it; nil once nothing is owed.
    public var dueAt: Date?
    public var dueRule: PetitionClock.Rule?
    /// When the last step of the chain was taken (reply, review or re-review answer): the
    /// petitioner's window to go further starts here.
    public var stageAt: Date
    /// The work order it was handed over from, if any.
    public var workOrderId: String?
    public var createdBy: String?
    public var updatedAt: Date
    /// What the petitioner tracks it by on the portal (`TrackingCode`): receipt numbers count up, this cannot be guessed.
    public var trackingCode: String?

    public init(id: String, number: String, channel: PetitionChannel, petitionerName: String, petitionerPhone: String?, headcount: Int,
                matter: String, demands: String, unitCode: String, responsibleBody: String, status: PetitionStatus, receivedAt: Date,
                acceptedAt: Date? = nil, replyDueAt: Date? = nil, repliedAt: Date? = nil, extensionDays: Int = 0, dueAt: Date?,
                dueRule: PetitionClock.Rule?, stageAt: Date, workOrderId: String? = nil, createdBy: String?, updatedAt: Date,
                petitionerRegistryId: String? = nil, trackingCode: String? = TrackingCode.make()) {
        self.id = id
        self.number = number
        self.channel = channel
        self.petitionerName = petitionerName
        self.petitionerPhone = petitionerPhone
        self.petitionerRegistryId = petitionerRegistryId
        self.headcount = headcount
        self.matter = matter
        self.demands = demands
        self.unitCode = unitCode
        self.responsibleBody = responsibleBody
        self.status = status
        self.receivedAt = receivedAt
        self.acceptedAt = acceptedAt
        self.replyDueAt = replyDueAt
        self.repliedAt = repliedAt
        self.extensionDays = extensionDays
        self.dueAt = dueAt
        self.dueRule = dueRule
        self.stageAt = stageAt
        self.workOrderId = workOrderId
        self.createdBy = createdBy
        self.updatedAt = updatedAt
        self.trackingCode = trackingCode
    }
}
