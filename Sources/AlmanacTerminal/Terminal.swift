import CNcursesw
import AlmanacUI
