statement_timeout_ms = 3000000000
