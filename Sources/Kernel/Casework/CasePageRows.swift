import Foundation

extension ViewRenderer {
    /// A case's history as the detail pages list it (partial `case_history`); `action` and
    /// `status` name the context's own.
    public func historyRows(_ entries: [StepLog.Entry], action: (String) -> String, status: (String) -> String) -> [[String: Any]] {
        entries.map { e in
            ["action": action(e.action), "to": status(e.to_status), "note": e.note ?? "", "at": TimeLeft.clock(Date(epochSeconds: e.at))]
        }
    }

    /// A case's supervision notices as the detail pages list them (partial `case_notices`);
    /// `rule` names the clock a notice is about, for contexts that run several.
    public func noticeRows(_ notices: [CaseNotice], locale: AppLocale, rule: (String) -> String? = { _ in nil }) -> [[String: Any]] {
        notices.map { n in
            ["kind": t(NoticeKind(rawValue: n.kind)?.labelKey ?? n.kind, locale), "rule": rule(n.clock) ?? "", "level": String(n.level),
             "to": t("casework_notice_addressed", locale, [n.addressedTo]), "at": TimeLeft.clock(Date(epochSeconds: n.createdAt))]
        }
    }
}
