extension Collection {
    /// Consecutive slices of at most `size` elements: bulk inserts and IN lists stay under the
    /// databases' bind-parameter limits (SQLite 32,766, PostgreSQL 65,535).
    public func chunked(by size: Int) -> [SubSequence] {
        precondition(size > 0)
        var chunks: [SubSequence] = []
        var start = startIndex
        while start != endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            chunks.append(self[start..<end])
            start = end
        }
        return chunks
    }
}
