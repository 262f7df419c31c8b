import Kernel

/// What the accounts context serves: signing in, staff administration and the audit log.
public enum AccountRoutes {
    public static func register(on routes: SecureRoutes, service: AccountService, views: ViewRenderer) {
        SignInRoutes.register(on: routes, service: service, views: views)
        StaffAdminPages.register(on: routes, service: service, views: views)
        AuditPages.register(on: routes, service: service, views: views)
    }
}
