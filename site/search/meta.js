BroadsheetSearch.load("meta",{"count":1,"documentsPerShard":8,"scoreScale":32,"shards":["15"],"years":[2022],"publishers":["BBC"]});
