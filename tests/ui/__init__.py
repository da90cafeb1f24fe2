"""What a secretariat reads on the pages: words, dates and empty states."""
