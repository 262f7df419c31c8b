import Foundation

/// "2 天 3 小时" left, or "超期 5 小时"; deadlines printed in China Standard Time.
public enum TimeLeft {
    public static func text(_ seconds: Int?, views: ViewRenderer, locale: AppLocale) -> String {
        guard let seconds else { return "—" }
        let magnitude = abs(seconds)
        let days = magnitude / 86_400, hours = magnitude % 86_400 / 3_600, minutes = magnitude % 3_600 / 60
        let span = days > 0 ? views.t("time_days_hours", locale, [String(days), String(hours)])
            : views.t("time_hours_minutes", locale, [String(hours), String(minutes)])
        return views.t(seconds < 0 ? "time_overdue" : "time_left", locale, [span])
    }

    public static func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .china
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return Day(date: date).description + " " + String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }
}
