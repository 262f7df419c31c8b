import Foundation
import Logging
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL through PostgresNIO's pooled client; each transaction leases one connection.
final class PostgresBackend: DatabaseBackend {
    let kind = DatabaseKind.postgres
    let writeExecutor: (any TaskExecutor)? = nil
    private let client: PostgresClient
    private let runner: Task<Void, Never>

    private init(client: PostgresClient) {
        self.client = client
        self.runner = Task { await client.run() }
    }

    static func connect(url: String, searchPath: String?, logger: Logger) throws -> PostgresBackend {
        guard let components = URLComponents(string: url), let host = components.host else {
            throw DatabaseConfigurationError.invalidURL(url)
        }
        var configuration = PostgresClient.Configuration(
            host: host,
            port: components.port ?? 5432,
            username: components.user ?? "postgres",
            password: components.password,
            database: components.path.isEmpty ? nil : String(components.path.dropFirst()),
            tls: .disable
        )
        if let searchPath {
            configuration.options.additionalStartupParameters = [("search_path", searchPath)]
        }
        configuration.options.maximumConnections = 16
        return PostgresBackend(client: PostgresClient(configuration: configuration, backgroundLogger: logger))
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(connection.sql(queryLogLevel: nil))
        }
    }

    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await inTransaction(connection.sql(queryLogLevel: nil), begin: "BEGIN", body)
        }
    }

    func shutdown() async {
        runner.cancel()
        _ = await runner.value
    }
}

public enum DatabaseConfigurationError: Error, CustomStringConvertible {
    case invalidURL(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "DATABASE_URL is not a postgres:// URL: \(url)"
        }
    }
}
