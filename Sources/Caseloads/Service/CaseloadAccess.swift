import Kernel

/// Who may read a caseload (need to know): the social worker assigned to it; the social workers
/// and supervisors of its own street or community (not of the county, nor of another street);
/// and the county justice bureau for community correction and resettlement, the two it runs.
/// Nobody else: not administrators, leaders, grid workers or departments. A sealed minor's
/// caseload only for the roles that may see sealed records.
public enum CaseloadAccess {
    public static func mayRead(_ c: Caseload, sealed: Bool, by staff: Staff) -> Bool {
        guard staff.can(.viewCaseloads) else { return false }
        if sealed, !staff.can(.viewSealedRecords) { return false }
        if c.assignedTo == staff.id { return true }
        switch staff.role {
        case .socialWorker, .supervisor:
            return staff.unitCode.count >= 9 && c.gridCode.hasPrefix(staff.unitCode)
        case .legalOfficer:
            return [.correction, .resettlement].contains(c.kind) && c.gridCode.hasPrefix(staff.unitCode)
        default:
            return false
        }
    }

    /// The same as a list filter: what a viewer's lists may hold.
    static func filter(for staff: Staff) -> CaseloadStore.Filter {
        var f = CaseloadStore.Filter(assignedTo: staff.id)
        switch staff.role {
        case .socialWorker, .supervisor:
            if staff.unitCode.count >= 9 { f.gridPrefixes = [staff.unitCode] }
        case .legalOfficer:
            f.gridPrefixes = [staff.unitCode]
            f.kinds = [.correction, .resettlement]
        default:
            break
        }
        return f
    }
}
