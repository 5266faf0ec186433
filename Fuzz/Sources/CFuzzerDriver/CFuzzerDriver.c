// The declarations are in include/CFuzzerDriver.h; the definitions are in the fuzzer runtime.
#include "CFuzzerDriver.h"
