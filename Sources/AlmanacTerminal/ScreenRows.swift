import AlmanacUI
import Glibc

extension Screen {
    /// True when row `y` of `a` holds the same cells as row `z` of `b` (false when either row
    /// is off its screen or the widths differ). Compared as memory: cells have no padding.
    static func rowsEqual(_ a: Screen, _ y: Int, _ b: Screen, _ z: Int) -> Bool {
        guard a.width == b.width, y >= 0, y < a.height, z >= 0, z < b.height else { return false }
        let w = a.width
        return a.cells.withUnsafeBytes { pa in
            b.cells.withUnsafeBytes { pb in
                memcmp(pa.baseAddress! + y * w * MemoryLayout<Cell>.stride,
                       pb.baseAddress! + z * w * MemoryLayout<Cell>.stride, w * MemoryLayout<Cell>.stride) == 0
            }
        }
    }
}
