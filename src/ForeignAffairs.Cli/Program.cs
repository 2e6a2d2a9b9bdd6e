ForeignAffairs.Cli.NativeCommand.HandOver(AppContext.BaseDirectory, args);
ForeignAffairs.Cli.Collector.SetUpFor(args);
return ForeignAffairs.Cli.CliApplication.Run(args, Console.Out, Console.Error);
