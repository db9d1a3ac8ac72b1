package io.wiretrace.reuse;

/** Short synthetic news texts written for these tests (no corpus text). */
final class Articles {

    private Articles() {
    }

    static final String HARBOUR = """
            Dock workers at the port of Valmora walked out on Tuesday after talks over night-shift pay collapsed, \
            leaving more than 40 container ships waiting offshore.
            The union said 2,417 members joined the strike, the largest stoppage at the port since it was privatised.
            "We have asked for nothing more than the wage we were promised in writing," said union leader Marta Quinlan.
            The port operator, Coastline Logistics, called the walkout illegal and said it would seek an injunction.
            Shipping agents warned that fresh fruit and medicine were among the cargo stuck aboard the idle vessels.
            Transport minister Oskar Brenner urged both sides to return to the table before the weekend.
            Local shopkeepers reported that deliveries of bread and milk had already slowed to a trickle.
            Economists estimate that each day of the stoppage costs the regional economy about 12 million euros.
            """;

    static final String HARBOUR_REWRITE = """
            Valmora Port Paralysed As Workers Strike
            Port workers in Valmora stopped work on Tuesday when negotiations about pay for night shifts broke down, \
            and more than 40 cargo ships are now waiting off the coast.
            According to the union, 2,417 of its members are taking part, making it the biggest strike at the port \
            since privatisation.
            Coastline Logistics, which runs the port, described the strike as illegal and plans to ask a court for an injunction.
            Fresh fruit and medicines are among the goods stuck on the idle ships, shipping agents cautioned.
            Oskar Brenner, the transport minister, called on both parties to resume negotiations before the weekend.
            Analysts believe every day of the strike costs the region's economy around 12 million euros.
            Leave a comment below and share this story with your friends.
            """;

    static final String HARBOUR_OTHER_REPORT = """
            Night shift row halts Valmora port
            Marta Quinlan stood on a pallet at dawn and told a crowd of dock workers that the fight was about dignity.
            Behind her, cranes at the port of Valmora were still, their operators among the strikers.
            Coastline Logistics has run the terminal for six years and says its pay offer is the best in the country.
            Oskar Brenner spent the afternoon in meetings and did not comment.
            Several workers said they had not been paid overtime since the spring, a claim the company denies.
            Café owners near the gates said business was brisk as strikers gathered to talk.
            """;

    static final String ORCHARD = """
            Apple growers in the northern valleys expect their smallest harvest in a decade after a late frost in April.
            Cooperatives say the blossom was damaged on more than half of the orchards in the region.
            Prices for dessert apples have already risen in local markets, and juice makers are importing concentrate.
            Growers are asking for emergency loans to cover the cost of replanting older trees with hardier varieties.
            Agricultural advisers recommend frost fans and sprinkler systems, which protect buds on cold nights.
            """;

    static final String LIBRARY = """
            The city council approved a plan on Monday to extend opening hours at all branch libraries.
            From next month the libraries will stay open until nine in the evening on weekdays.
            Council members said students had asked for quiet places to work after school and after their shifts.
            The extra hours will be paid for by closing two rarely used reading rooms in the town hall.
            Library staff welcomed the decision but said more people will be needed to cover the evenings.
            """;
}
