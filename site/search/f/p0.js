BroadsheetSearch.load("f/p0","0");
