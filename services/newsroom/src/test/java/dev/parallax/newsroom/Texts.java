package dev.parallax.newsroom;

/** Test articles: one story in Danish, Bokmål and Nynorsk, and an unrelated Danish story. */
final class Texts {

    private Texts() {
    }

    static final String FERRY_DA = "Færgen mellem Hirtshals og Kristiansand gik torsdag aften på grund ud for den "
            + "norske kyst. Ifølge rederiet var der 312 passagerer og 64 besætningsmedlemmer om bord, og ingen kom til "
            + "skade. Kaptajnen meldte grundstødningen klokken 21.40, og redningsskibe fra Kristiansand sejlede straks "
            + "ud. Passagererne blev senere bragt i land med bugserbåde. Havarikommissionen undersøger nu, hvorfor "
            + "færgen kom ud af kurs i det dårlige vejr.";

    static final String FERRY_NB = "Fergen mellom Hirtshals og Kristiansand gikk torsdag kveld på grunn utenfor "
            + "norskekysten. Ifølge rederiet var det 312 passasjerer og 64 besetningsmedlemmer om bord, og ingen ble "
            + "skadet. Kapteinen meldte grunnstøtingen klokken 21.40, og redningsskip fra Kristiansand dro straks ut. "
            + "Passasjerene ble senere brakt i land med slepebåter. Havarikommisjonen undersøker nå hvorfor fergen kom "
            + "ut av kurs i det dårlige været.";

    static final String FERRY_NN = "Ferja mellom Hirtshals og Kristiansand gjekk torsdag kveld på grunn utanfor "
            + "norskekysten. Ifølgje reiarlaget var det 312 passasjerar og 64 mannskapsmedlemmer om bord, og ingen vart "
            + "skadde. Kapteinen melde grunnstøytinga klokka 21.40, og redningsskip frå Kristiansand drog straks ut. "
            + "Passasjerane vart seinare brakte i land med slepebåtar. Havarikommisjonen undersøkjer no kvifor ferja "
            + "kom ut av kurs i det dårlege vêret.";

    static final String SUGAR_TAX_DA = "Regeringen fremlagde mandag et forslag om at hæve afgiften på sukkerholdige "
            + "drikke fra næste år. Skatteministeren forventer, at ændringen vil give statskassen omkring 400 millioner "
            + "kroner årligt. Oppositionen kritiserer forslaget for at ramme familier med lave indkomster, mens "
            + "sundhedsorganisationer roser initiativet. Forslaget skal førstebehandles i Folketinget i næste måned, og "
            + "et flertal er endnu ikke sikret.";
}
