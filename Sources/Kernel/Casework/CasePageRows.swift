import Foundation

/// A step in a case's history as the detail pages list it (partial `case_history`).
public struct CaseHistoryRow: PageModel {
    public let action: String, to: String, note: String, at: String
}

/// A supervision notice as the detail pages list it (partial `case_notices`).
public struct CaseNoticeRow: PageModel {
    public let kind: String, rule: String, level: String, to: String, at: String
}

extension ViewRenderer {
    /// `action` and `status` name the context's own.
    public func historyRows(_ entries: [StepLog.Entry], action: (String) -> String, status: (String) -> String) -> [CaseHistoryRow] {
        entries.map { e in
            CaseHistoryRow(action: action(e.action), to: status(e.to_status), note: e.note ?? "", at: TimeLeft.clock(Date(epochSeconds: e.at)))
        }
    }

    /// `rule` names the clock a notice is about, for contexts that run several.
    public func noticeRows(_ notices: [CaseNotice], locale: AppLocale, rule: (String) -> String? = { _ in nil }) -> [CaseNoticeRow] {
        notices.map { n in
            CaseNoticeRow(kind: t(NoticeKind(rawValue: n.kind)?.labelKey ?? n.kind, locale), rule: rule(n.clock) ?? "", level: String(n.level),
                          to: t("casework_notice_addressed", locale, [n.addressedTo]), at: TimeLeft.clock(Date(epochSeconds: n.createdAt)))
        }
    }
}
