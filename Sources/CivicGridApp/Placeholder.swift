import Kernel; import Prometheus
