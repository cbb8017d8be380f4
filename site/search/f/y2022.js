BroadsheetSearch.load("f/y2022","0");
