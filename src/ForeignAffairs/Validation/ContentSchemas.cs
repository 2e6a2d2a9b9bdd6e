using ForeignAffairs.Content;

namespace ForeignAffairs.Validation;

/// <summary>The schema of each collection.</summary>
internal static class ContentSchemas
{
    /// <summary>The statuses of a project calling for investors.</summary>
    public static readonly ChoiceType ProjectStatus = new("open", "negotiating", "awarded", "closed");

    /// <summary>
    /// What kind of unit a province entry is: a province, or a centrally-run city (such as Đà Nẵng), which themes name
    /// as a city and whose centre they call its administrative centre rather than its capital. Without the field, a
    /// province.
    /// </summary>
    public static readonly ChoiceType ProvinceKind = new("province", "city");

    /// <summary>What kind of place an entry of the parks collection is.</summary>
    public static readonly ChoiceType ParkKind = new("industrial-park", "economic-zone", "industrial-cluster",
        "hi-tech-park", "it-park");

    /// <summary>The currencies a park's land rent is given in.</summary>
    public static readonly ChoiceType RentCurrency = new("usd", "vnd");

    /// <summary>What a park's land rent is for: a square metre for the whole lease term, a year or a month.</summary>
    public static readonly ChoiceType RentUnit = new("m2-lease-term", "m2-year", "m2-month");

    /// <summary>What a park's distance is measured to.</summary>
    public static readonly ChoiceType Destination = new("seaport", "airport", "border-gate", "province-centre");

    /// <summary>What a step's time limit is counted in: calendar days or working days.</summary>
    public static readonly ChoiceType TimeUnit = new("days", "working-days");

    /// <summary>
    /// The languages an event may be held in (interpretation included), or an office's desk may serve investors in.
    /// </summary>
    public static readonly ChoiceType SpokenLanguage = new("vi", "en", "ja", "ko", "zh");

    /// <summary>The forms an investment may take.</summary>
    public static readonly ChoiceType InvestmentForm = new("fdi", "joint-venture", "ppp", "bcc");

    private static readonly TextType Text = new();
    private static readonly StringType String = new();
    private static readonly NumberType Amount = new(minimum: 0);
    private static readonly NumberType Count = new(wholeOnly: true, minimum: 0);
    private static readonly NumberType Year = new(wholeOnly: true, minimum: 0, maximum: 9999);
    private static readonly NumberType Integer = new(wholeOnly: true);
    private static readonly NumberType Percent = new(minimum: 0, maximum: 100);
    private static readonly NumberType Month = new(wholeOnly: true, minimum: 1, maximum: 12);
    private static readonly DateType Date = new();
    private static readonly AddressType WebPage = new(AddressKind.WebPage);

    // A desk of an office that serves investors in their own language, such as a province's Japan Desk: a page in that
    // language shows it first. It names where it was announced, since readers will write to it.
    private static readonly RecordType Desk = new("a language desk",
        Required("language", SpokenLanguage, "the language the desk serves investors in: ja, ko, zh, en or vi"),
        Required("name", Text, "the desk's name, such as Japan Desk"),
        Optional("contact", Text, "who answers: an officer's name and title, or the organisation that runs the desk"),
        Optional("note", Text, "what else a reader should know, such as when and by whom the desk was set up"),
        Optional("phone", new AddressType(AddressKind.Phone), "telephone number"),
        Optional("email", new AddressType(AddressKind.Email), "e-mail address"),
        Optional("website", new AddressType(AddressKind.Website), "web address"),
        Required("source", String, "where the desk and its contact details are published"),
        Optional("source_url", new AddressType(AddressKind.WebPage), "the address of that source"));

    // An office investors can write to or call, on a province's page or a park's.
    private static readonly RecordType Office = new("an office",
        Required("name", Text, "the office's name"),
        Optional("address", Text, "postal address"),
        Optional("phone", new AddressType(AddressKind.Phone), "telephone number"),
        Optional("email", new AddressType(AddressKind.Email), "e-mail address"),
        Optional("website", new AddressType(AddressKind.Website), "web address"),
        Optional("desks", new ListType(Desk),
            "desks that serve investors in their own language, each shown first on the pages in it"));

    // Photographs and plans of a province, park or project: the first is shown at the top of its page, the others below
    // its text.
    private static FieldSchema Images => Optional("images", new ListType(new RecordType("an image",
        Required("file", new ImageFileType(),
            "the image's file in the entry's folder: a photograph as JPEG, a plan as PNG"),
        Required("alt", new AltTextType(),
            "what the image shows, for readers who cannot see it, in every language of the site"),
        Optional("caption", Text, "a caption shown under the image"),
        Optional("credit", String, "who took the photograph or made the plan, shown with it"))),
        "photographs and plans, each with what it shows in every language: the first is shown at the top of the page");

    // Where a group of a park's figures comes from and when they were true: every figure a park gives has both.
    private static FieldSchema[] Sourced(string what) =>
    [
        Required("year", Year, $"the year {what} is for"),
        Required("source", String, $"where {what} comes from"),
        Optional("source_url", WebPage, "the address of that source"),
    ];

    private static FieldSchema Required(string name, FieldType type, string description) =>
        new(name, type, true, description);
    private static FieldSchema Optional(string name, FieldType type, string description) =>
        new(name, type, false, description);

    private static FieldSchema[] Common =>
    [
        Required("title", Text, "the entry's name, as shown in headings, lists and the browser tab"),
        Optional("summary", Text, "one or two sentences shown in lists and search results"),
        Optional("weight", Integer, "order in lists: lower comes first"),
        Optional("draft", new BooleanType(),
            "while true, the entry is checked but not published: delete the line when the entry is ready"),
    ];

    /// <summary>The schema of every collection, in <see cref="Collection.All"/> order.</summary>
    public static IReadOnlyList<CollectionSchema> All { get; } =
    [
        new(Collection.Provinces, [.. Common,
            Optional("kind", ProvinceKind,
                "province (when not given) or city, for a centrally-run city such as Đà Nẵng"),
            Optional("region", Text, "the region of Vietnam the province lies in"),
            Optional("capital", Text, "the provincial capital, or a centrally-run city's administrative centre"),
            Optional("area_km2", Amount, "land area in square kilometres"),
            Optional("population", Count, "population"),
            Optional("population_year", Year, "the year the population figure is for"),
            Optional("population_source", String, "where the population figure comes from"),
            Required("merger", Text, "how the 1 July 2025 merger of provinces affects this province"),
            Optional("facts", new ListType(new RecordType("a key figure",
                Required("label", Text, "what the figure is"),
                Required("value", Text, "the figure, with its unit"),
                Required("year", Year, "the year the figure is for"),
                Required("source", String, "where the figure comes from"))),
                "key figures, each with its year and source"),
            Optional("fdi", new ListType(new RecordType("a year of foreign investment",
                Required("year", Year, "the year"),
                Required("registered_usd_million", Amount,
                    "foreign direct investment registered that year, in millions of US dollars"),
                Required("source", String, "where the figure comes from"))),
                "foreign direct investment registered year by year, drawn as a chart"),
            Optional("industrial_parks", new ListType(new RecordType("an industrial park",
                Required("name", Text, "the park's name"),
                Optional("area_ha", Amount, "its area in hectares"),
                Optional("note", Text, "what distinguishes it: main tenants, specialisation, status"))),
                "the province's industrial parks and economic zones"),
            Optional("twinned_regions", new ListType(Text), "regions abroad twinned with the province"),
            Optional("office", Office, "the office investors should contact"),
            Images,
        ]),
        new(Collection.Sectors, [.. Common,
            Optional("incentives", Text, "a short statement of the typical incentives"),
        ]),
        new(Collection.Projects, [.. Common,
            Required("province", new ReferenceType(Collection.Provinces), "the province the project is in"),
            Required("sectors", new ListType(new ReferenceType(Collection.Sectors)),
                "the sectors the project belongs to"),
            Required("status", ProjectStatus, "where the call for investors stands"),
            Optional("investment_form", InvestmentForm, "the form of investment sought"),
            Optional("investment_usd_million", Amount, "total investment in millions of US dollars"),
            Optional("investment_vnd_billion", Amount,
                "total investment in billions of Vietnamese đồng, as Vietnamese listings state it " +
                "(210.0 for VND 210.0 billion)"),
            Optional("area_ha", Amount, "land area in hectares"),
            Required("published", Date, "the date the call was published, or the date of the decision that lists it"),
            Optional("location", Text, "where in the province the site is"),
            Optional("example", new BooleanType(),
                "true for an invented project that shows how a listing looks: every page labels it as an example"),
            Optional("source", String, "the public listing the project is taken from, such as the agency's portal"),
            Optional("source_url", WebPage, "the address of that listing"),
            Optional("decision", Text,
                "the legal basis: the decision that lists the project, with its number and date"),
            Optional("park", new ReferenceType(Collection.Parks),
                "the industrial park, economic zone or cluster the project is in"),
            Images,
        ], DateField: "published"),
        new(Collection.Parks, [.. Common,
            Required("kind", ParkKind, "what kind of place the park is"),
            Required("province", new ReferenceType(Collection.Provinces), "the province the park is in"),
            Optional("sectors", new ListType(new ReferenceType(Collection.Sectors)),
                "the sectors the park is meant for"),
            Optional("developer", new RecordType("a developer",
                Required("name", Text, "the developer's name"),
                Optional("country", Text, "the economy the developer comes from, such as Thailand")),
                "the company that develops and runs the park"),
            Optional("area", new RecordType("a park's area",
                [Optional("total_ha", Amount, "the park's total area in hectares"),
                 Optional("available_ha", Amount, "the land still free for investors, in hectares"),
                 .. Sourced("the area")]),
                "the park's area in hectares, with its year and source"),
            Optional("occupancy", new RecordType("an occupancy rate",
                [Required("percent", Percent, "the share of the park's industrial land already leased, in per cent"),
                 Optional("month", Month, "the month the rate is for, 1 to 12"), .. Sourced("the rate")]),
                "how much of the park is taken, with its date and source"),
            Optional("land_rent", new RecordType("a land rent",
                [Required("amount", Amount, "the rent"),
                 Required("currency", RentCurrency, "the currency of the rent"),
                 Required("unit", RentUnit,
                     "what the rent is for: a square metre for the whole lease term, a year or a month"),
                     .. Sourced("the rent")]),
                "the land rent the park asks, with its year and source"),
            Optional("lease_end_year", Year, "the year the park's land lease ends"),
            Optional("distances", new ListType(new RecordType("a distance",
                Required("to", Destination, "what the distance is measured to"),
                Required("place", Text, "the place measured to, such as Cửa Lò port"),
                Required("km", Amount, "the distance by road in kilometres"),
                Optional("minutes", Count, "the usual time by road in minutes"),
                Required("source", String, "where the distance comes from"))),
                "distances to the nearest seaport, airport, border gate and province centre"),
            Optional("tenants", new ListType(new RecordType("a tenant",
                Required("name", Text, "the company's name"),
                Required("country", Text, "the economy the company comes from, such as Korea"),
                Optional("since", Year, "the year it started in the park"),
                Required("source", String, "where this comes from"))), "investors already in the park"),
            Optional("utilities", new RecordType("the utilities",
                [Optional("power", Text, "electricity supply, such as the substation's capacity"),
                 Optional("water", Text, "water supply capacity"),
                 Optional("wastewater", Text, "wastewater treatment capacity"), .. Sourced("this")]),
                "power, water and wastewater treatment, with their year and source"),
            Optional("office", Office, "the office investors should contact about the park"),
            Images,
        ]),
        new(Collection.Stories, [.. Common,
            Required("investor", Text, "the company that invested, as it names itself, such as Samsung Electronics"),
            Required("country", Text, "the economy the investor comes from, such as Korea"),
            Required("province", new ReferenceType(Collection.Provinces), "the province it invested in"),
            Optional("park", new ReferenceType(Collection.Parks),
                "the industrial park, economic zone or cluster it is in"),
            Optional("sectors", new ListType(new ReferenceType(Collection.Sectors)), "the sectors of its investment"),
            Required("year", Year, "the year it was licensed or began operating there, as its source says"),
            Optional("investment", new RecordType("an investment",
                [Required("usd_million", Amount, "the amount in millions of US dollars"),
                 Required("covers", Text,
                     "what the amount is: registered capital, total investment to a year, an expansion"),
                 .. Sourced("the amount")]),
                "how much it invested, with what the amount covers, its year and source"),
            Optional("quote", new RecordType("a quotation",
                Required("text", Text, "what was said, word for word"),
                Required("by", Text, "who said it, with their title"),
                Required("source", String, "where it was reported"),
                Optional("source_url", WebPage, "the address of that report")),
                "what the investor said of investing there, as reported"),
            Required("source", String, "where the story's facts come from"),
            Optional("source_url", WebPage, "the address of that source"),
        ]),
        new(Collection.Procedures, [.. Common,
            Required("applies_to", Text,
                "whom and where the procedure is for, such as a foreign investor's project outside industrial zones"),
            Required("verified", Date, "the date the steps were last checked against their legal basis"),
            Required("steps", new ListType(new RecordType("a step",
                Required("title", Text, "what is done in the step"),
                Required("agency", Text,
                    "who does the step: the investor, or the office that receives the application"),
                Optional("documents", new ListType(Text), "the documents to hand in"),
                Optional("time", new TimeLimitType(TimeUnit),
                    "how long the step may take, as its legal basis sets it, such as {max: 15, unit: days}, " +
                    "with min for a range"),
                Optional("fee", Text, "the fee, as its legal basis sets it"),
                Required("legal_basis", Text, "the law, decree or circular that sets the step, with its article"),
                Optional("source_url", WebPage, "the address of the legal basis or of a page that quotes it"))),
                "the steps in the order they are done"),
        ]),
        new(Collection.Events, [.. Common,
            Required("when", new EventTimeType(),
                "when it takes place: start, end when known, and the time_zone of the place if not Vietnam's"),
            Required("place", Text,
                "where it takes place: the venue and the city, such as the Provincial Convention Centre, Bắc Ninh"),
            Required("organiser", Text,
                "who holds it, such as the Provincial People's Committee with a partner abroad"),
            Optional("provinces", new ListType(new ReferenceType(Collection.Provinces)),
                "the provinces it presents or is held in"),
            Optional("sectors", new ListType(new ReferenceType(Collection.Sectors)), "the sectors it is about"),
            Optional("languages", new ListType(SpokenLanguage), "the languages it is held in, interpretation included"),
            Optional("registration_url", WebPage, "where to register to take part"),
            Optional("example", new BooleanType(),
                "true for an invented event that shows how a listing looks: every page labels it as an example"),
            Optional("source", String, "the announcement or report the event's details come from"),
            Optional("source_url", WebPage, "the address of that announcement or report"),
        ], DateField: "when"),
        new(Collection.Ftas, [.. Common,
            Required("short_name", String, "the agreement's abbreviation, such as CPTPP"),
            Required("in_force", Date, "the date the agreement entered into force for Vietnam"),
            Optional("signed", Date, "the date the agreement was signed"),
            Optional("parties", new ListType(Text), "the partner economies"),
        ], DateField: "in_force"),
        new(Collection.News, [.. Common,
            Required("date", Date, "the date of the news"),
            Optional("provinces", new ListType(new ReferenceType(Collection.Provinces)),
                "the provinces the news is about"),
            Optional("source", String, "the publication the news comes from"),
            Optional("source_url", WebPage, "the address of the original article"),
        ], DateField: "date"),
        new(Collection.Pages, [.. Common,
            Optional("menu", new BooleanType(), "whether the page appears in the main menu"),
        ]),
    ];

    /// <summary>The schema of <paramref name="collection"/>.</summary>
    public static CollectionSchema For(Collection collection) => All.First(s => s.Collection == collection);
}
