/// The staff roles of SPEC.md "Who uses it". Residents do not hold staff accounts.
public enum Role: String, Sendable, Codable, CaseIterable {
    case gridWorker = "grid_worker"
    case windowClerk = "window_clerk"
    case departmentHandler = "department_handler"
    case mediator
    case petitionOfficer = "petition_officer"
    case socialWorker = "social_worker"
    /// The legal office 法制机构 that reviews a major decision's legality before it is discussed.
    case legalOfficer = "legal_officer"
    case supervisor
    case leader
    case admin

    /// The permissions each role holds; the jurisdiction limits where they apply.
    public var permissions: Set<Permission> {
        switch self {
        case .admin:
            // Administrators run the system; the law does not name them for sealed juvenile records.
            // Nor for the caseloads of people under correction, after prison, with mental illness or at risk (need to know).
            Set(Permission.allCases).subtracting([.viewSealedRecords, .sealRecords, .viewCaseloads, .manageCaseloads, .approveCaseloadMeasures, .doVisitTasks])
        case .leader:
            [.viewJurisdiction, .viewTeam, .viewResidents, .viewWorkOrders, .viewPetitions, .viewDisputes, .decideEscalations, .approveAid,
             .viewDecisions, .runDecisions, .takeDecisions, .manageExperts, .viewSafety, .recordEmergencies, .issueWarnings,
             .decideVenueMeasures, .keepCommitments]
        case .supervisor:
            [.viewJurisdiction, .viewTeam, .viewResidents, .viewWorkOrders, .dispatchWorkOrders, .approveExtensions, .viewPetitions, .viewDisputes,
             .decideEscalations, .runScreening, .viewDecisions, .runDecisions, .recordVisits, .manageExperts, .viewSafety, .reportHazards,
             .rectifyHazards, .verifyHazards, .recordEmergencies, .issueWarnings, .keepSafetyRecords, .decideVenueMeasures, .runBallots, .enterVotes, .viewCaseloads, .approveCaseloadMeasures,
             .runProjects, .keepCommitments, .awardPoints, .keepCouncilRecords]
        case .gridWorker:
            [.viewJurisdiction, .viewTeam, .viewResidents, .manageResidents, .viewFullIdentifiers, .viewWorkOrders, .takeRequests, .handleWorkOrders,
             .viewDisputes, .reportDisputes, .viewDecisions, .recordVisits, .viewSafety, .reportHazards, .verifyHazards, .recordEmergencies,
             .keepSafetyRecords, .enterVotes, .doVisitTasks]
        case .windowClerk:
            [.viewJurisdiction, .viewTeam, .viewResidents, .manageResidents, .viewFullIdentifiers, .viewWorkOrders, .takeRequests,
             .dispatchWorkOrders, .handleWorkOrders, .viewDisputes, .reportDisputes, .viewDecisions, .recordVisits, .viewSafety, .reportHazards,
             .recordEmergencies, .keepSafetyRecords, .runBallots, .enterVotes, .runProjects, .awardPoints, .keepCouncilRecords]
        case .petitionOfficer:
            [.viewJurisdiction, .viewTeam, .viewResidents, .viewFullIdentifiers, .viewWorkOrders, .takePetitions, .viewPetitions, .handlePetitions]
        case .mediator:
            [.viewJurisdiction, .viewTeam, .viewResidents, .viewFullIdentifiers, .viewWorkOrders, .viewDisputes, .reportDisputes, .mediateDisputes,
             .runScreening, .viewDecisions, .recordVisits]
        case .socialWorker:
            [.viewJurisdiction, .viewTeam, .viewResidents, .viewFullIdentifiers, .viewSealedRecords, .sealRecords, .viewWorkOrders, .viewCaseloads,
             .manageCaseloads]
        case .legalOfficer:
            // The county justice bureau also runs community correction and resettlement (司法行政).
            [.viewJurisdiction, .viewDecisions, .reviewLegality, .viewCaseloads, .approveCaseloadMeasures]
        case .departmentHandler:
            [.viewJurisdiction, .viewTeam, .viewWorkOrders, .handleWorkOrders, .viewSafety, .rectifyHazards]
        }
    }

    public func can(_ permission: Permission) -> Bool {
        permissions.contains(permission)
    }

    /// String-table key for the role's display name.
    public var labelKey: String { "role_\(rawValue)" }
}

/// What a route may require. Each route declares exactly one (or none for public routes).
public enum Permission: String, Sendable, Codable, CaseIterable {
    /// Browse units, grids, maps and the locate lookup.
    case viewJurisdiction = "view_jurisdiction"
    /// See the grid team with phone numbers.
    case viewTeam = "view_team"
    /// Create and edit units, grids and polygons.
    case manageJurisdiction = "manage_jurisdiction"
    /// Create and edit staff accounts.
    case manageStaff = "manage_staff"
    /// Read the audit log.
    case viewAudit = "view_audit"
    /// See residents (identifiers masked).
    case viewResidents = "view_residents"
    /// Register and edit residents.
    case manageResidents = "manage_residents"
    /// Ask for a full ID number or phone; every such view is audited.
    case viewFullIdentifiers = "view_full_identifiers"
    /// See minors' sealed records (未成年人轻罪记录封存): only the roles the law names.
    case viewSealedRecords = "view_sealed_records"
    /// Seal or unseal a minor's record: only the roles the law names, each time audited.
    case sealRecords = "seal_records"
    /// See work orders: of the jurisdiction, or (department handlers) those dispatched to the department.
    case viewWorkOrders = "view_work_orders"
    /// Take requests at the window, by phone or on patrol and register them as work orders.
    case takeRequests = "take_requests"
    /// Dispatch, verify, close and visit: the community service centre and supervisors.
    case dispatchWorkOrders = "dispatch_work_orders"
    /// Accept or return, handle and reply: the units that do the work.
    case handleWorkOrders = "handle_work_orders"
    /// Grant or refuse a handling unit more time: supervisors (督办).
    case approveExtensions = "approve_extensions"
    /// Take petition-class requests over from work orders into the petition register.
    case takePetitions = "take_petitions"
    /// See petitions of the jurisdiction (each petition read is audited): petition offices, supervisors, leaders.
    case viewPetitions = "view_petitions"
    /// Register petitions and take the steps of the statutory chain: petition offices.
    case handlePetitions = "handle_petitions"
    /// See disputes of the jurisdiction, parties included (each dispute read is audited).
    case viewDisputes = "view_disputes"
    /// Register disputes found on patrol, at the window or in screening.
    case reportDisputes = "report_disputes"
    /// Assign, mediate, record agreements and follow them up: mediators.
    case mediateDisputes = "mediate_disputes"
    /// Record the leading group's decision on an escalated dispute: leaders and supervisors.
    case decideEscalations = "decide_escalations"
    /// Approve or refuse judicial-aid fund grants 司法救助 on backlog cases: leaders.
    case approveAid = "approve_aid"
    /// Change the dispute types (and their mediation limits) and the mediation bodies: administrators.
    case configureDisputes = "configure_disputes"
    /// Open screening rounds for a street or county: its comprehensive-governance centre and mediators.
    case runScreening = "run_screening"
    /// See major decisions and their risk assessments 稳评 (of the deciding unit, or affecting one's grids).
    case viewDecisions = "view_decisions"
    /// Propose major decisions and run their procedure: participation, experts, assessment, publication.
    case runDecisions = "run_decisions"
    /// Record household visits of a risk assessment: grid workers and the community.
    case recordVisits = "record_visits"
    /// Give the legality review of a major decision: the legal office.
    case reviewLegality = "review_legality"
    /// Record the collective decision 集体讨论决定: leaders. The gate still applies to them.
    case takeDecisions = "take_decisions"
    /// Keep the expert pool: supervisors and leaders.
    case manageExperts = "manage_experts"
    /// Set the risk-level thresholds and index weights: administrators.
    case configureAssessment = "configure_assessment"
    /// See hazards, emergencies and warnings of the jurisdiction.
    case viewSafety = "view_safety"
    /// Report hazards found on patrol or at the window.
    case reportHazards = "report_hazards"
    /// Submit rectification plans and report hazards put right: departments and supervisors.
    case rectifyHazards = "rectify_hazards"
    /// Verify a rectification on site: grid workers and supervisors.
    case verifyHazards = "verify_hazards"
    /// Record emergencies, correct their figures and record the reports upward.
    case recordEmergencies = "record_emergencies"
    /// Issue and lift warnings 预警: supervisors and leaders.
    case issueWarnings = "issue_warnings"
    /// Keep key venues, their inspections and safety responsibility agreements: grid workers, windows, supervisors.
    case keepSafetyRecords = "keep_safety_records"
    /// Decide the measure a repeat-violation rule proposes for a venue: supervisors and leaders.
    case decideVenueMeasures = "decide_venue_measures"
    /// Open ballots of a community or village and issue their voting slips; take, shortlist and ballot residents' proposals: windows and supervisors.
    case runBallots = "run_ballots"
    /// Enter paper votes, each with who entered it: grid workers, windows, supervisors.
    case enterVotes = "enter_votes"
    /// Run community projects: the plan, the fund ledger, disclosures, finishing and the evaluation meeting.
    case runProjects = "run_projects"
    /// Record leaders' public commitments and their progress and results: supervisors and leaders.
    case keepCommitments = "keep_commitments"
    /// Award and spend residents' volunteer points, issue their cards, keep the services' catalogue.
    case awardPoints = "award_points"
    /// Keep the council's members, meetings, motions and plan signatures, the three agreements and the star-household reviews.
    case keepCouncilRecords = "keep_council_records"
    /// Change the participation rules' numbers (rework share, disclosure days, points): administrators.
    case configureParticipation = "configure_participation"
    /// See caseloads: only those one is assigned to, of one's own street or community, or (the justice
    /// bureau) correction and resettlement; every read audited. The route permission is the first gate only.
    case viewCaseloads = "view_caseloads"
    /// Register caseloads and record contacts, leave requests, sanction proposals and visit tasks: social workers.
    case manageCaseloads = "manage_caseloads"
    /// Decide leave requests, sanction proposals and supervision levels: street and county justice offices.
    case approveCaseloadMeasures = "approve_caseload_measures"
    /// Make the visits social workers ask of the grid: the person's name and address, nothing of the caseload.
    case doVisitTasks = "do_visit_tasks"
    /// Change the caseload rules' numbers (days, hours, ratios): administrators.
    case configureCaseloads = "configure_caseloads"
    /// Change the work-order category tree (classes, time limits, handling units): administrators.
    case configureWorkOrders = "configure_work_orders"
}

/// A grid worker's place in the "1+X+Y" team [001].
public enum GridPosition: String, Sendable, Codable, CaseIterable {
    case head
    case coordinator
    case informant
    case buildingHead = "building_head"
    case volunteer

    public var labelKey: String { "position_\(rawValue)" }
}
