#include "suites.h"
int register_buf_suite(void) { return 0; }
