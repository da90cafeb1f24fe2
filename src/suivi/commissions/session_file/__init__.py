"""The session file a secretariat hands out, in Word and PDF, in French, English or Russian."""
