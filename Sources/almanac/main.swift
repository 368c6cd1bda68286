import Foundation
print("almanac")
