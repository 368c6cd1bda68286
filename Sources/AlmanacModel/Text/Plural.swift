/// A count with its noun, singular for one: "1 match", "3 matches".
public enum Plural {
    public static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) " + (n == 1 ? one : many ?? one + "s")
    }
}
