import AlmanacModel
import Foundation

/// Reading the JSON files almanac keeps beside progress (undo history, team files): times as
/// the progress file writes them.
enum StoredJSON {
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { d in
            let text = try d.singleValueContainer().decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: d.codingPath, debugDescription: "not a time"))
            }
            return date
        }
        return decoder
    }
}
