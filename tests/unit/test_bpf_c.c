#include "suites.h"
int register_bpf_c_suite(void) { return 0; }
